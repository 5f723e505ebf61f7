package io.reportage.server;

import java.util.Locale;

/** The media type and charset of a Content-Type header ("text/plain; charset=utf-8"). */
record ContentType(String mediaType, String charset) {
  static ContentType parse(String header) {
    if (header == null) {
      return new ContentType("", null);
    }
    String[] parts = header.split(";");
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        charset = parameter.substring(equals + 1).trim().replace("\"", "").toLowerCase(Locale.ROOT);
      }
    }
    return new ContentType(parts[0].trim().toLowerCase(Locale.ROOT), charset);
  }

  /** No charset (UTF-8 is the default of every type the service reads), or UTF-8 named. */
  boolean isUtf8() {
    return charset == null || charset.equals("utf-8") || charset.equals("utf8");
  }
}
