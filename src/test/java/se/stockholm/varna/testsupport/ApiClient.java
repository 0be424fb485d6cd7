package se.stockholm.varna.testsupport;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Plain HTTP against the running test server: every status and header is visible to the test. */
public final class ApiClient {

    /** An answer: status, content type and the body parsed as JSON when it is JSON. */
    public record Answer(int status, String contentType, String body, JsonMapper json) {

        public Map<String, Object> map() {
            try {
                return json.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new IllegalStateException("not a JSON object: " + body, e);
            }
        }

        public List<Object> list() {
            try {
                return json.readValue(body, Argument.listOf(Object.class));
            } catch (IOException e) {
                throw new IllegalStateException("not a JSON array: " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Answer get(String path, String token) {
        return send(builder(path, token).GET());
    }

    /** A GET accepting any type, as a Prometheus scraper or a browser would. */
    public Answer getAny(String path, String token) {
        return send(builder(path, token).setHeader("Accept", "*/*").GET());
    }

    public Answer post(String path, String token, Object body) {
        return send(
                builder(path, token).header("Content-Type", "application/json").POST(publisher(body)));
    }

    public Answer delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    public Answer put(String path, String token, Object body) {
        return send(
                builder(path, token).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    /** A multipart/form-data POST of one file in the part {@code file}. */
    public Answer upload(String path, String token, String fileName, String contentType, byte[] content) {
        String boundary = "varna" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(builder(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET of a file: its status, headers and bytes. */
    public HttpResponse<byte[]> download(String path, String token) {
        try {
            return http.send(
                    builder(path, token).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpRequest.BodyPublisher publisher(Object body) {
        try {
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body(),
                    json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
