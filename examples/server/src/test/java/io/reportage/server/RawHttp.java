package io.reportage.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client library will not do: stall
 * halfway through a body, send chunks one at a time, read an answer before the body is sent.
 */
final class RawHttp implements AutoCloseable {
  /** A response: status, headers by lower-case name, and the body (de-chunked). */
  record Response(int status, Map<String, String> headers, String body) {
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private boolean chunkOpen;

  RawHttp(int port, int readTimeoutMillis) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(readTimeoutMillis);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends one chunk of a chunked body. */
  void sendChunk(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    send(Integer.toHexString(bytes.length) + "\r\n");
    send(bytes);
    send("\r\n");
  }

  void endChunks() throws IOException {
    send("0\r\n\r\n");
  }

  /** Reads the status line and headers. */
  Response readHead() throws IOException {
    String statusLine = readLine();
    if (statusLine == null) {
      throw new IOException("The connection closed before a response");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return new Response(status, headers, "");
  }

  /** Reads a whole response. */
  Response readResponse() throws IOException {
    Response head = readHead();
    String body;
    if ("chunked".equalsIgnoreCase(head.headers().get("transfer-encoding"))) {
      StringBuilder all = new StringBuilder();
      for (String chunk = readChunk(); chunk != null; chunk = readChunk()) {
        all.append(chunk);
      }
      body = all.toString();
    } else if (head.headers().containsKey("content-length")) {
      body = new String(in.readNBytes(Integer.parseInt(head.headers().get("content-length"))), StandardCharsets.UTF_8);
    } else {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new Response(head.status(), head.headers(), body);
  }

  /**
   * The next chunk of a chunked response body, or null after the last. The line end that closes a
   * chunk is read only with the next one: a server may send it just before the next chunk, and a
   * client that waits for it would wait for data the server has not yet got.
   */
  String readChunk() throws IOException {
    if (chunkOpen) {
      readLine();
      chunkOpen = false;
    }
    String sizeLine = readLine();
    if (sizeLine == null) {
      return null;
    }
    int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
    if (size == 0) {
      readLine();
      return null;
    }
    String chunk = new String(in.readNBytes(size), StandardCharsets.UTF_8);
    chunkOpen = true;
    return chunk;
  }

  /** Bytes that can be read without waiting. */
  int available() throws IOException {
    return in.available();
  }

  /** True when the server closed the connection (end of stream within the read timeout). */
  boolean closedByServer() {
    try {
      return in.read() == -1;
    } catch (IOException e) {
      return true; // reset
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
