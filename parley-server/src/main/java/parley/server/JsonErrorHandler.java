package parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives before a request reaches Parley's routes (a query string or header too large, a path
 * that cannot be decoded) as Parley's JSON error, {@code {"error", "status"}}, with the security headers of every
 * answer, instead of Jetty's HTML page. docs/api.md promises JSON for every error.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        SecurityHeaders.api().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /** Requests Jetty refuses while still parsing them (414 URI too long, 431 headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        SecurityHeaders.api().forEach(fields::put);
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", explain(status, message));
        body.put("status", status);
        try {
            return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of two plain values always serialises", e);
        }
    }

    private static String explain(int status, String message) {
        String why = message == null || message.isBlank() ? "" : ": " + message;
        return switch (status) {
            case 414 -> "the request's URI is too long (keep the query string under 8 KB)" + why;
            case 431 -> "the request's headers are too large (at most 8 KB)" + why;
            case 400 -> "bad request" + why;
            default -> "HTTP " + status + why;
        };
    }
}
