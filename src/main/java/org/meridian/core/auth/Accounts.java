// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.store.Database;

/**
 * Accounts, API tokens and web sessions: one login works in every dialect. Each dialect only
 * decides where on the wire the secret travels; the lookup is here.
 */
public final class Accounts {

    public static final Duration SESSION_LIFETIME = Duration.ofDays(14);

    private final Database db;
    private final JwtTokens jwt;
    private final VerifiedPasswords verified = new VerifiedPasswords();

    public Accounts(Database db) {
        this(db, null);
    }

    /** @param jwt the signed tokens {@code Bearer} headers may carry, or null to accept API tokens only */
    public Accounts(Database db, JwtTokens jwt) {
        this.db = db;
        this.jwt = jwt;
    }

    /** The signed tokens this archive issues and accepts (OAuth2), if it has a signing key. */
    public Optional<JwtTokens> jwt() {
        return Optional.ofNullable(jwt);
    }

    /** What {@code user add} prints: the account with its one-time password and first API token. */
    public record NewAccount(long id, String username, String password, String token) {}

    /**
     * A program membership.
     *
     * @param role PI, CI or MEMBER
     * @param timeLimitSecs the member's LCO time limit, or null for none
     */
    public record Membership(String programId, String role, Double timeLimitSecs) {}

    /** Creates an account that is a CI of each program; see {@link #create(Profile, List)}. */
    public NewAccount create(String username, String password, boolean staff, List<String> programs)
            throws SQLException {
        return create(
                new Profile(username, password, "", "", staff),
                programs.stream().map(p -> new Membership(p, "CI", null)).toList());
    }

    /**
     * Who a new account is.
     *
     * @param password the password to set, or null to generate one
     */
    public record Profile(String username, String password, String email, String fullName, boolean staff) {}

    /** Creates an account, its program memberships and an API token, in one transaction. */
    public NewAccount create(Profile profile, List<Membership> memberships) throws SQLException {
        String username = profile.username();
        String pw = profile.password() == null ? Passwords.randomSecret(16) : profile.password();
        String token = Passwords.randomSecret(40);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "insert into account (username, password_hash, staff, email, full_name) values (?, ?, ?, ?, ?)"
                            + " returning id")) {
                s.setString(1, username);
                s.setString(2, Passwords.hash(pw));
                s.setBoolean(3, profile.staff());
                s.setString(4, profile.email() == null ? "" : profile.email());
                s.setString(5, profile.fullName() == null ? "" : profile.fullName());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into membership (account_id, program_id, role, time_limit_secs) values (?, ?, ?, ?)")) {
                for (Membership m : memberships) {
                    s.setLong(1, id);
                    s.setString(2, m.programId());
                    s.setString(3, m.role());
                    s.setObject(4, m.timeLimitSecs(), java.sql.Types.DOUBLE);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into api_token (token, account_id) values (?, ?)")) {
                s.setString(1, token);
                s.setLong(2, id);
                s.executeUpdate();
            }
            c.commit();
            return new NewAccount(id, username, pw, token);
        }
    }

    public boolean exists(String username) throws SQLException {
        if (!storable(username)) {
            return false;
        }
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select 1 from account where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * The caller for a username (or, as the LCO portal takes it, the email address of exactly one
     * account) and password, if they match.
     */
    public Optional<Caller> login(String username, String password) throws SQLException {
        if (!storable(username)) {
            return Optional.empty();
        }
        // An email names an account only when no username is that string and exactly one account has it.
        String where = username.contains("@") && !exists(username) ? "lower(email) = lower(?)" : "username = ?";
        try (Connection c = db.connection()) {
            try (PreparedStatement s = c.prepareStatement("select id, password_hash from account where " + where)) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || !verified.verify(password, r.getString(2))) {
                        return Optional.empty();
                    }
                    long id = r.getLong(1);
                    String stored = r.getString(2);
                    if (r.next()) {
                        return Optional.empty();
                    }
                    if (Passwords.outdated(stored)) {
                        rehash(c, id, password);
                    }
                    return Optional.of(load(c, id));
                }
            }
        }
    }

    /** Replaces a hash made with fewer iterations than today's, now that the password is known. */
    private static void rehash(Connection c, long id, String password) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update account set password_hash = ? where id = ?")) {
            s.setString(1, Passwords.hash(password));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** The caller of an account id (e.g. the owner of a queued job), if the account still exists. */
    public Optional<Caller> byId(long accountId) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select 1 from account where id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(load(c, accountId)) : Optional.empty();
            }
        }
    }

    /** The caller owning an API token (LCO {@code Authorization: Token ...}, MAST token, TAP bearer). */
    public Optional<Caller> byToken(String token) throws SQLException {
        return byKey("select account_id from api_token where token = ?", token);
    }

    /**
     * The caller an HTTP {@code Authorization} header names: {@code Token <t>} (LCO, DRF),
     * {@code Bearer <t>} (OAuth2, MAST) or {@code Basic <base64 user:password>} (TAP, ESO).
     * Empty for a missing, malformed or wrong credential; the dialect decides how to answer that.
     */
    public Optional<Caller> byAuthorizationHeader(String header) throws SQLException {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return switch (parts[0].toLowerCase(java.util.Locale.ROOT)) {
            case "bearer" -> jwt != null && JwtTokens.looksLikeJwt(parts[1]) ? byJwt(parts[1]) : byToken(parts[1]);
            case "token" -> byToken(parts[1]);
            case "basic" -> basic(parts[1]);
            default -> Optional.empty();
        };
    }

    /** A signed token names its account while it is valid and the account still exists. */
    private Optional<Caller> byJwt(String token) throws SQLException {
        Optional<Long> account = jwt.accountOf(token);
        return account.isEmpty() ? Optional.empty() : byId(account.get());
    }

    private Optional<Caller> basic(String encoded) throws SQLException {
        String decoded;
        try {
            decoded =
                    new String(java.util.Base64.getDecoder().decode(encoded), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : login(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The first API token of an account, creating one when it has none. */
    public String tokenOf(long accountId) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "select token from api_token where account_id = ? order by created limit 1")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getString(1);
                }
            }
            String token = Passwords.randomSecret(40);
            try (PreparedStatement i = c.prepareStatement("insert into api_token (token, account_id) values (?, ?)")) {
                i.setString(1, token);
                i.setLong(2, accountId);
                i.executeUpdate();
            }
            return token;
        }
    }

    /** Opens a web session and returns its ID (the cookie value). */
    public String openSession(long accountId) throws SQLException {
        String id = Passwords.randomSecret(48);
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "insert into web_session (id, account_id, expires) values (?, ?, now() + ?::interval)")) {
            s.setString(1, id);
            s.setLong(2, accountId);
            s.setString(3, SESSION_LIFETIME.toSeconds() + " seconds");
            s.executeUpdate();
        }
        return id;
    }

    public Optional<Caller> bySession(String sessionId) throws SQLException {
        return byKey("select account_id from web_session where id = ? and expires > now()", sessionId);
    }

    public void closeSession(String sessionId) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("delete from web_session where id = ?")) {
            s.setString(1, sessionId);
            s.executeUpdate();
        }
    }

    private Optional<Caller> byKey(String sql, String key) throws SQLException {
        if (key == null || key.isBlank() || !storable(key)) {
            return Optional.empty();
        }
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(load(c, r.getLong(1))) : Optional.empty();
            }
        }
    }

    /**
     * Whether PostgreSQL could hold this text: a name, token or session id with a NUL character
     * (a Basic credential decodes to any bytes) names no account, and asking the database would
     * only fail the statement.
     */
    private static boolean storable(String text) {
        return text == null || text.indexOf('\0') < 0;
    }

    private static Caller load(Connection c, long id) throws SQLException {
        String username;
        boolean staff;
        String team;
        try (PreparedStatement s =
                c.prepareStatement("select username, staff, instrument_team from account where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                username = r.getString(1);
                staff = r.getBoolean(2);
                team = r.getString(3);
            }
        }
        Set<String> programs = strings(c, "select program_id from membership where account_id = ?", id);
        Set<String> obs = strings(
                c, "select observation_id from access_grant where account_id = ? and observation_id is not null", id);
        Set<String> files =
                strings(c, "select file_name from access_grant where account_id = ? and file_name is not null", id);
        return new Caller(id, username, staff, programs, obs, files, team);
    }

    private static Set<String> strings(Connection c, String sql, long id) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
