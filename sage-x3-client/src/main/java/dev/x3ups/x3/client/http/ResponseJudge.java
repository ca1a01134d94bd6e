package dev.x3ups.x3.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RecordExistsException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import java.util.Optional;

/** Turns an X3 answer into its body or the typed exception that says whether to retry. */
final class ResponseJudge {

    private ResponseJudge() {
    }

    static Optional<JsonNode> judge(X3Response response, boolean notFoundIsEmpty) throws X3Exception {
        int status = response.status();
        Diagnoses diagnoses = Diagnoses.in(response.body());
        if (status == 401 || status == 403) {
            throw new X3AuthenticationException(
                    message("X3 refused the credentials for", response, diagnoses), status, null);
        }
        if (status == 429 || status == 502 || status == 503 || status == 504 || diagnoses.hasTransient()
                || response.saysBusy(diagnoses.errorMessages())) {
            throw new X3TransientException(message("X3 is busy or unavailable for", response, diagnoses), status, null);
        }
        // X3 answers 500 for an unknown where property too: only that kind of error is final
        if (status >= 500 && !diagnoses.blamesRequest()) {
            throw new X3TransientException(message("X3 failed", response, diagnoses), status, null);
        }
        if (status == 409 || (diagnoses.saysRecordExists() && status != 404)) {
            throw new X3RecordExistsException(message("X3 already holds the record of", response, diagnoses), status,
                    null);
        }
        if (diagnoses.hasErrors() && status != 404) {
            throw new X3RejectedException(message("X3 rejected", response, diagnoses), status, null);
        }
        if (status == 404) {
            if (notFoundIsEmpty) {
                return Optional.empty();
            }
            throw new X3RejectedException(message("X3 found no such record for", response, diagnoses), status, null);
        }
        if (status >= 400) {
            throw new X3RejectedException(message("X3 rejected", response, diagnoses), status, null);
        }
        return Optional.of(response.body());
    }

    private static String message(String what, X3Response response, Diagnoses diagnoses) {
        String text = what + " " + response.operation() + " (HTTP " + response.status() + ")";
        return diagnoses.messages().isEmpty() ? text : text + ": " + diagnoses.messages();
    }
}
