using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Features.Profile;

/// <summary>The editable part of 個人資料.</summary>
public sealed class ProfileForm
{
    public string DisplayName { get; set; } = "";
    public string? ContactEmail { get; set; }
    public string? Phone { get; set; }
    public string Language { get; set; } = "zh-TW";
    public bool ReceiveDigest { get; set; } = true;
    public bool ReceiveDecisionCopies { get; set; } = true;
}

/// <summary>What the profile page shows besides the form.</summary>
public sealed record ProfileView(string UserName, ConsoleRole Role, string? CentreName, string? SignInEmail, DateTime? LastSignInAt, ProfileForm Form);

public sealed record ProfileSaveResult(bool Saved, IReadOnlyDictionary<string, string> Errors);

/// <summary>Each person's own profile: name, contact, language and notification choices; every save is audited.</summary>
public sealed class ProfileService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Languages = ["zh-TW", "en"];

    public async Task<ProfileView?> LoadAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == user.AccountId, ct);
        if (account is null)
        {
            return null;
        }

        var preferences = await db.AccountPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == account.Id, ct)
            ?? new AccountPreferences { AccountId = account.Id };
        var centre = account.CentreCode ?? account.SupervisorScope;
        var centreName = centre is null ? null : await db.Centres.Where(c => c.Code == centre).Select(c => c.Name).SingleOrDefaultAsync(ct);
        return new ProfileView(account.UserName, account.Role, centreName, account.Email, account.LastSignInAt, new ProfileForm
        {
            DisplayName = account.DisplayName,
            ContactEmail = preferences.ContactEmail,
            Phone = preferences.Phone,
            Language = preferences.Language,
            ReceiveDigest = preferences.ReceiveDigest,
            ReceiveDecisionCopies = preferences.ReceiveDecisionCopies,
        });
    }

    /// <summary>Checks the form; the keys of the answer are field names, the values resource keys.</summary>
    public static Dictionary<string, string> Validate(ProfileForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Trim().Length > 60)
        {
            errors[nameof(ProfileForm.DisplayName)] = "ProfileDisplayNameInvalid";
        }

        if (!string.IsNullOrWhiteSpace(form.ContactEmail) && (form.ContactEmail.Trim().Length > 254 || !MailAddress.TryCreate(form.ContactEmail.Trim(), out _)))
        {
            errors[nameof(ProfileForm.ContactEmail)] = "ProfileEmailInvalid";
        }

        if (!string.IsNullOrWhiteSpace(form.Phone) && (form.Phone.Trim().Length > 40 || !form.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '#')))
        {
            errors[nameof(ProfileForm.Phone)] = "ProfilePhoneInvalid";
        }

        if (!Languages.Contains(form.Language))
        {
            errors[nameof(ProfileForm.Language)] = "ProfileLanguageInvalid";
        }

        return errors;
    }

    public async Task<ProfileSaveResult> SaveAsync(ConsoleUser user, ProfileForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var errors = Validate(form);
        if (errors.Count > 0)
        {
            return new ProfileSaveResult(false, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Accounts.SingleAsync(a => a.Id == user.AccountId, ct);
        var preferences = await db.AccountPreferences.SingleOrDefaultAsync(p => p.AccountId == account.Id, ct);
        if (preferences is null)
        {
            preferences = new AccountPreferences { AccountId = account.Id };
            db.AccountPreferences.Add(preferences);
        }

        var before = Snapshot(account, preferences);
        account.DisplayName = form.DisplayName.Trim();
        preferences.ContactEmail = Clean(form.ContactEmail);
        preferences.Phone = Clean(form.Phone);
        preferences.Language = form.Language;
        preferences.ReceiveDigest = form.ReceiveDigest;
        preferences.ReceiveDecisionCopies = form.ReceiveDecisionCopies;
        preferences.UpdatedAt = now;
        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "ProfileSave", nameof(Account), account.Id.ToString(CultureInfo.InvariantCulture),
            before: before, after: Snapshot(account, preferences)));
        await db.SaveChangesAsync(ct);
        return new ProfileSaveResult(true, errors);
    }

    private static object Snapshot(Account account, AccountPreferences p) => new
    {
        account.DisplayName,
        p.ContactEmail,
        p.Phone,
        p.Language,
        p.ReceiveDigest,
        p.ReceiveDecisionCopies,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
