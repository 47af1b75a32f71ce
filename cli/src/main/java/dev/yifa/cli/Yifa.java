package dev.yifa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code yifa} command: checks administrative acts against the law, scores them, computes
 * statutory deadlines and validates identifiers.
 *
 * <p>Exit codes follow FORMATS.md: 0 compliant or valid, 1 findings, 2 bad input.
 */
@Command(
    name = "yifa",
    mixinStandardHelpOptions = true,
    versionProvider = Yifa.Version.class,
    description = {
      "依法 Yifa: check administrative acts against the law, with the article cited for every finding.",
    },
    subcommands = {
      CheckCommand.class,
      ScoreCommand.class,
      CardCommand.class,
      DeadlineCommand.class,
      IdCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Yifa {
  /** Exit code: the input is valid, or the subject is compliant. */
  public static final int OK = 0;

  /** Exit code: the subject has findings. */
  public static final int FINDINGS = 1;

  /** Exit code: the input is malformed or invalid. */
  public static final int BAD_INPUT = 2;

  private Yifa() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting: the entry point for tests and embedding.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * Builds the picocli command line with Yifa's exit codes and error handling.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    // picocli already exits 2 (its USAGE code) on invalid options, as FORMATS.md asks for bad input.
    CommandLine cl = new CommandLine(new Yifa());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          cmd.getErr().println("yifa: " + ex.getMessage());
          return ex instanceof dev.yifa.core.YifaException || ex instanceof IllegalArgumentException
              ? BAD_INPUT
              : 3;
        });
    return cl;
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Yifa.class.getPackage().getImplementationVersion();
      return new String[] {"yifa " + (v == null ? "development" : v)};
    }
  }
}
