package dev.yifa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code yifa deadline}; replaced by its implementation. */
@Command(name = "deadline", description = "Not yet available.")
final class DeadlineCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return Yifa.BAD_INPUT;
  }
}
