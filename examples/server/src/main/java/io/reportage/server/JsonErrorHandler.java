package io.reportage.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty raises itself (a malformed request line, headers too large, a handler that
 * threw) in the service's JSON error format, never as an HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Replies.JSON);
    byte[] body = (Replies.errorJson(code, describe(code, message, cause), 0) + "\n").getBytes(StandardCharsets.UTF_8);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Replies.JSON);
    return ByteBuffer.wrap((Replies.errorJson(status, describe(status, reason, null), 0) + "\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  /** Jetty's reason for client errors; for server errors only the status text, as causes may hold internals. */
  private static String describe(int code, String message, Throwable cause) {
    if (code >= 500 || message == null || message.isBlank() || cause != null) {
      String reason = HttpStatus.getMessage(code);
      return code >= 500 ? reason + "; the server's log has the details" : reason;
    }
    return message;
  }
}
