package dev.yifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading document files for the commands: a {@code .json} file holds one document, a {@code
 * .jsonl} file one document per line, and a directory is searched recursively for both, in path
 * order. Every document carries the name it is reported under ({@code file} or {@code file:line}).
 */
final class DocumentFiles {
  /** One document read from a file, with the name to report it under. */
  record Source(String name, JsonNode document) {}

  private DocumentFiles() {}

  /**
   * Expands paths into document files: a directory into its {@code .json} and {@code .jsonl} files
   * (recursively, sorted), a file into itself.
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(DocumentFiles::isDocumentFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static boolean isDocumentFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".jsonl");
  }

  /**
   * Reads the documents of one file.
   *
   * @throws InvalidInputException if the file cannot be read or a document is not JSON; the
   *     message names the file (and line)
   */
  static List<Source> read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InvalidInputException("", "a readable file", "cannot read " + path + ": " + e.getMessage());
    }
    List<Source> out = new ArrayList<>();
    if (path.getFileName().toString().endsWith(".jsonl")) {
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String name = path + ":" + (i + 1);
        try {
          out.add(new Source(name, YifaJson.read(lines[i], JsonNode.class)));
        } catch (InvalidInputException e) {
          throw e.withSource(name);
        }
      }
      return out;
    }
    try {
      out.add(new Source(path.toString(), YifaJson.read(bytes, JsonNode.class)));
    } catch (InvalidInputException e) {
      throw e.withSource(path.toString());
    }
    return out;
  }
}
