package dev.yifa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code yifa id}; replaced by its implementation. */
@Command(name = "id", description = "Not yet available.")
final class IdCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return Yifa.BAD_INPUT;
  }
}
