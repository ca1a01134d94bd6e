package dev.x3ups.ups.client.contract;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Validates every JSON request body the client sends and every response body that comes back against UPS's
 * OpenAPI schemas. Violations are collected (throwing inside okhttp would only cancel the call); tests assert
 * there are none.
 */
final class ContractInterceptor implements Interceptor {
    private final UpsContract contract;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestsChecked = new AtomicInteger();
    private final AtomicInteger responsesChecked = new AtomicInteger();

    ContractInterceptor(UpsContract contract) {
        this.contract = contract;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String path = request.url().encodedPath();
        if (isJson(request.body() == null ? null : request.body().contentType())) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            violations.addAll(contract.checkRequest(request.method(), path, buffer.readUtf8()));
            requestsChecked.incrementAndGet();
        } else if (contract.find(request.method(), path).isEmpty()) {
            violations.add("no UPS operation " + request.method() + " " + path);
        }
        Response response = chain.proceed(request);
        String body = response.peekBody(Long.MAX_VALUE).string();
        violations.addAll(contract.checkResponse(request.method(), path, response.code(), body));
        responsesChecked.incrementAndGet();
        return response;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    int requestsChecked() {
        return requestsChecked.get();
    }

    int responsesChecked() {
        return responsesChecked.get();
    }

    private static boolean isJson(MediaType type) {
        return type != null && "json".equals(type.subtype());
    }
}
