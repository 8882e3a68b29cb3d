package org.rapport.identity.core.internal;

import java.time.Instant;

import org.rapport.platform.api.audit.Confidential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A bearer token: only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "identity_token")
public class TokenEntity {

    enum Kind {
        SESSION, PERSONAL
    }

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "public_id")
    private String publicId;

    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Confidential
    @Column(name = "secret_hash")
    private String secretHash;

    private String label;

    /** Permission ids separated by spaces; empty = all of the user's. */
    private String scopes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected TokenEntity() {
    }

    TokenEntity(String publicId, Long userId, Kind kind, String secretHash, String label, String scopes,
            Instant createdAt, Instant expiresAt) {
        this.publicId = publicId;
        this.userId = userId;
        this.kind = kind;
        this.secretHash = secretHash;
        this.label = label;
        this.scopes = scopes;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = createdAt;
    }

    Long getId() { return id; }
    String getPublicId() { return publicId; }
    Long getUserId() { return userId; }
    Kind getKind() { return kind; }
    String getLabel() { return label; }
    String getScopes() { return scopes; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getLastUsedAt() { return lastUsedAt; }
    void setLastUsedAt(Instant lastUsedAt) { this.lastUsedAt = lastUsedAt; }
    Instant getRevokedAt() { return revokedAt; }
    void setRevokedAt(Instant revokedAt) { this.revokedAt = revokedAt; }
}
