package org.rapport.identity.core.internal;

import java.time.Instant;
import java.util.Locale;

import org.rapport.platform.api.audit.Confidential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_user")
public class UserEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String username;

    @Column(name = "username_key")
    private String usernameKey;

    @Column(name = "display_name")
    private String displayName;

    private String email;
    private String locale;
    private String calendar;

    @Column(name = "time_zone")
    private String timeZone;

    private boolean active = true;

    @Confidential
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UserEntity() {
    }

    UserEntity(String username, String displayName, Instant now) {
        this.username = username;
        this.usernameKey = key(username);
        this.displayName = displayName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Usernames are unique regardless of case. */
    static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getUsername() { return username; }
    String getDisplayName() { return displayName; }
    void setDisplayName(String displayName) { this.displayName = displayName; }
    String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    String getLocale() { return locale; }
    void setLocale(String locale) { this.locale = locale; }
    String getCalendar() { return calendar; }
    void setCalendar(String calendar) { this.calendar = calendar; }
    String getTimeZone() { return timeZone; }
    void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    int getFailedAttempts() { return failedAttempts; }
    void setFailedAttempts(int failedAttempts) { this.failedAttempts = failedAttempts; }
    Instant getLockedUntil() { return lockedUntil; }
    void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
