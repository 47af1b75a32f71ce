package dev.yifa.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The government notice that sets a year's holidays, e.g. 国务院办公厅关于2025年部分节假日安排的通知
 * (国办发明电〔2024〕12号), or a regional government's notice for a local ethnic holiday.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the document number, e.g. {@code 国办发明电〔2024〕12号}
 * @param title the title of the notice
 * @param issuedOn the date the notice was issued
 * @param url where the official text is published
 * @param note a remark on the data, e.g. what remains to be verified, or {@code null}
 * @since 0.1
 */
public record Notice(
    String number,
    String title,
    LocalDate issuedOn,
    String url,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {

  /** Validates the notice. */
  public Notice {
    checkNotNull(number, "number");
    checkNotNull(title, "title");
    checkNotNull(issuedOn, "issuedOn");
    checkNotNull(url, "url");
    checkArgument(!number.isBlank(), "number must not be blank: '%s'", number);
    checkArgument(!title.isBlank(), "title must not be blank: '%s'", title);
    checkArgument(
        url.startsWith("https://") || url.startsWith("http://"),
        "url must be an http(s) address: '%s'",
        url);
  }
}
