using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <summary>
/// One institution sync call (a PUT or a batch) judging its items in order against what is stored and the reference
/// data read once for the call; the institutions whose centre may change are listed in <see cref="Moved"/>.
/// </summary>
internal sealed class InstitutionSyncCall(ConsoleDbContext db, ApiCaller caller, Dictionary<string, Institution> institutions, DateTime now,
    IReadOnlyList<JurisdictionRow> rules, CentreStaffing staffing)
{
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);

    public List<(string Code, string? Centre)> Moved { get; } = [];

    public SyncOutcome<InstitutionAnswer> Stage(string? code, InstitutionBody? body)
    {
        var errors = new ApiErrors();
        if (body is null)
        {
            errors.Add("", ApiMessages.BodyMissing());
            return SyncOutcome<InstitutionAnswer>.Refused(SyncRefusal.Invalid(errors));
        }

        if (code is null || code.Length is 0 or > 20 || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("code", ApiMessages.InstitutionCodeInvalid());
        }

        errors.Text("name", body.Name, InputBounds.Name, required: true);
        var type = errors.Enum<InstitutionType>("type", body.Type);
        if (string.IsNullOrEmpty(body.CountyCode))
        {
            errors.Add("countyCode", ApiMessages.Required());
        }
        else if (!Counties.IsKnown(body.CountyCode))
        {
            errors.Add("countyCode", ApiMessages.SyncCountyUnknown(body.CountyCode));
        }

        var contactEmail = body.ContactEmail.IsPresent ? ApiEmail.Read(errors, "contactEmail", body.ContactEmail.Value) : null;
        if (errors.Any)
        {
            return SyncOutcome<InstitutionAnswer>.Refused(SyncRefusal.Invalid(errors));
        }

        var existing = institutions.GetValueOrDefault(code!);
        if (!caller.MayActFor(code!, body.CountyCode) || (existing is not null && !caller.MayActFor(code!, existing.CountyCode)))
        {
            return SyncOutcome<InstitutionAnswer>.Refused(SyncRefusal.Forbidden(ApiMessages.InstitutionOutOfScope(code)));
        }

        var centre = JurisdictionRow.Route(rules, type!.Value, body.CountyCode!);
        var name = body.Name!.Trim();
        if (existing is not null && existing.Name == name && existing.Type == type && existing.CountyCode == body.CountyCode
            && existing.CentreCode == centre && (!body.ContactEmail.IsPresent || existing.ContactEmail == contactEmail))
        {
            // SPEC §14.1: an item equal to what is stored writes nothing and no audit entry.
            return SyncOutcome<InstitutionAnswer>.Same(InstitutionSyncService.Answer(existing, staffing.WarningsFor(centre)));
        }

        var before = existing is null ? null : new { existing.Name, existing.Type, existing.CountyCode, existing.CentreCode, existing.ContactEmail };
        var institution = existing ?? db.Institutions.Add(new Institution { Code = code!, Name = "", CountyCode = "" }).Entity;
        institutions[code!] = institution;
        var created = existing is null && _created.Add(code!);
        institution.Name = name;
        institution.Type = type.Value;
        institution.CountyCode = body.CountyCode!;
        institution.CentreCode = centre;
        if (body.ContactEmail.IsPresent)
        {
            // SPEC §13.2: a sync that omits contactEmail keeps the stored address; null clears it.
            institution.ContactEmail = contactEmail;
        }

        institution.UpdatedAt = now;
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, existing is null ? "InstitutionCreated" : "InstitutionUpdated",
            nameof(Institution), code!, before, new { institution.Name, institution.Type, institution.CountyCode, institution.CentreCode, institution.ContactEmail }));
        if (before is not null && !_created.Contains(code!)
            && (before.Type != type || before.CountyCode != institution.CountyCode || before.CentreCode != centre))
        {
            Moved.Add((code!, centre));
        }

        return SyncOutcome<InstitutionAnswer>.Stored(created, InstitutionSyncService.Answer(institution, staffing.WarningsFor(centre)));
    }
}
