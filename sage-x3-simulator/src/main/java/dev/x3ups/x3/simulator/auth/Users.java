package dev.x3ups.x3.simulator.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Syracuse users allowed on api1 with HTTP Basic. */
public final class Users {

    private final Map<String, String> passwords = new LinkedHashMap<>();

    public Users add(String login, String password) {
        passwords.put(login, password);
        return this;
    }

    public boolean verify(String login, String password) {
        return Secrets.same(passwords.get(login), password);
    }

    public boolean exists(String login) {
        return passwords.containsKey(login);
    }

    public Set<String> logins() {
        return Set.copyOf(passwords.keySet());
    }

    @Override
    public String toString() {
        return "Users" + passwords.keySet();
    }
}
