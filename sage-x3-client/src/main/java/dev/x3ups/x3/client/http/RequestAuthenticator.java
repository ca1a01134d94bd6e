package dev.x3ups.x3.client.http;

import dev.x3ups.x3.client.X3Exception;
import okhttp3.Request;

/** Puts credentials on outgoing X3 requests, and renews them when X3 refuses them. */
public interface RequestAuthenticator {

    /** For calls that carry no credentials, such as a token endpoint that takes them in the body. */
    RequestAuthenticator NONE = new RequestAuthenticator() {
        @Override
        public Request authorize(Request request) {
            return request;
        }

        @Override
        public boolean renewAfterRefusal(Request refused) {
            return false;
        }
    };

    /** {@code request} with credentials added. */
    Request authorize(Request request) throws X3Exception;

    /**
     * X3 answered 401 to {@code refused}. Drops the credential it carried (unless another thread has
     * already replaced it) and tells whether one retry with fresh credentials is worth making.
     */
    boolean renewAfterRefusal(Request refused) throws X3Exception;
}
