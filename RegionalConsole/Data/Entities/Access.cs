using RegionalConsole.Domain;

namespace RegionalConsole.Data.Entities;

/// <summary>A console account (帳號管理): maps an OIDC subject or e-mail to a role and scope.</summary>
public class Account
{
    public int Id { get; set; }

    /// <summary>Stable short name, e.g. reviewer-63000-1; the development sign-in uses it.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public string? OidcSubject { get; set; }
    public ConsoleRole Role { get; set; }

    /// <summary>The reviewer's centre.</summary>
    public string? CentreCode { get; set; }

    /// <summary>The supervisor's authority: a county code or K12EA.</summary>
    public string? SupervisorScope { get; set; }

    public bool Enabled { get; set; } = true;
    public DateTime? LastSignInAt { get; set; }
}

/// <summary>A partner system's API key (資訊傳報). Only the SHA-256 hash of the key is stored.</summary>
public class ApiClient
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }

    /// <summary>The first characters of the key, shown so administrators can tell keys apart.</summary>
    public required string KeyPrefix { get; set; }

    public bool IsAdministrator { get; set; }

    /// <summary>The role ExchangePlatform (SPEC §14.4): collects the preschool exchange files and can do nothing else.</summary>
    public bool ExchangePlatform { get; set; }

    /// <summary>Institutions the partner may act for, as a list of codes.</summary>
    public List<string> InstitutionCodes { get; set; } = [];

    public string? CountyCode { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    /// <summary>Requests made with the key, written in batches (ApiKeyUsage), not one write per request.</summary>
    public long RequestCount { get; set; }
}

/// <summary>The first answer to a request carrying an Idempotency-Key, replayed for repeats (SPEC §10).</summary>
public class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string ClientName { get; set; }
    public required string RequestPath { get; set; }
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    public required string ResponseBody { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Append-only audit log: who, when, what, before/after (SPEC §3). Never updated or deleted.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }

    public static AuditEntry Create(DateTime at, string actor, string action, string entityType, string entityId,
        object? before = null, object? after = null, string? reason = null) => new()
        {
            At = at,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : System.Text.Json.JsonSerializer.Serialize(before, AuditJson.Options),
            After = after is null ? null : System.Text.Json.JsonSerializer.Serialize(after, AuditJson.Options),
            Reason = reason,
        };
}

internal static class AuditJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
