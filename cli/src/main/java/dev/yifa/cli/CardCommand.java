package dev.yifa.cli;

import dev.yifa.assessment.card.Card;
import dev.yifa.assessment.card.CardPolicy;
import dev.yifa.assessment.card.Cards;
import dev.yifa.assessment.card.OfficerLog;
import dev.yifa.core.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yifa card --events FILE [--officer ID] [--as-of DATE] [--format text|json]}: the card
 * (红黄绿卡) an officer holds on a day, with the explanation of every point; without {@code
 * --officer}, a table of every officer's card (text) or one card per line (JSON).
 */
@Command(
    name = "card",
    mixinStandardHelpOptions = true,
    description = {"Computes enforcement officers' red/yellow/green cards (红黄绿卡) from an officer-events log."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the cards were computed",
      "2:bad input: a file that cannot be read, a log or policy that does not fit, an unknown officer"
    })
final class CardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE", description = "The officer-events log (JSON).")
  Path events;

  @Option(names = "--officer", paramLabel = "ID", description = "One officer's id; without it, every officer.")
  String officer;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day of the card (default: today in China).")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "FILE", description = "A card-policy document (default: the built-in county policy).")
  Path policy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  CheckCommand.Format format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "Text in zh or en (default: ${DEFAULT-VALUE}).")
  CheckCommand.Lang lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOf != null ? asOf : LocalDate.now(CheckCommand.CHINA);
    Cards cards;
    try {
      OfficerLog log = read(events, OfficerLog::parse);
      CardPolicy p = policy == null ? CardPolicy.defaultPolicy() : read(policy, CardPolicy::parse);
      cards = Cards.of(log, p);
    } catch (InvalidInputException e) {
      err.println("yifa: " + e.getMessage());
      return Yifa.BAD_INPUT;
    }
    if (officer != null && !cards.officerIds().contains(officer)) {
      err.println("yifa: unknown officer '" + officer + "' in " + events);
      return Yifa.BAD_INPUT;
    }
    Locale locale = lang == CheckCommand.Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    List<Card> result = officer != null ? List.of(cards.card(officer, day)) : cards.all(day);
    if (format == CheckCommand.Format.json) {
      for (Card c : result) {
        out.println(c.toJson());
      }
    } else if (officer != null) {
      out.print(result.get(0).toText(locale));
    } else {
      out.print(Cards.summary(result, locale));
    }
    out.flush();
    return Yifa.OK;
  }

  private static <T> T read(Path path, java.util.function.Function<byte[], T> parser) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InvalidInputException("", "a readable file", "cannot read " + path + ": " + e.getMessage());
    }
    try {
      return parser.apply(bytes);
    } catch (InvalidInputException e) {
      throw e.withSource(path.toString());
    }
  }
}
