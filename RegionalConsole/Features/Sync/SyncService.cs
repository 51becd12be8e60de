using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Institutions;

namespace RegionalConsole.Features.Sync;

public sealed class SyncService(IDbContextFactory<ConsoleDbContext> contexts, OpenItemMover mover, TimeProvider clock)
{
    public async Task<IResult> PutInstitutionAsync(ApiCaller caller, string code, InstitutionBody body, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (code.Length is 0 or > 20 || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("code", "機關代碼須為 1 至 20 個英數字。");
        }

        errors.Text("name", body.Name, Domain.InputBounds.Name, required: true);
        var type = errors.Enum<InstitutionType>("type", body.Type);
        if (string.IsNullOrEmpty(body.CountyCode))
        {
            errors.Add("countyCode", "必填。");
        }
        else if (!Counties.IsKnown(body.CountyCode))
        {
            errors.Add("countyCode", $"未知的縣市代碼「{body.CountyCode}」（請用內政部縣市代碼，如 63000 臺北市）。");
        }

        var contactEmail = body.ContactEmail.IsPresent ? ApiEmail.Read(errors, "contactEmail", body.ContactEmail.Value) : null;

        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.Institutions.SingleOrDefaultAsync(i => i.Code == code, ct);
        if (!caller.MayActFor(code, body.CountyCode) || (existing is not null && !caller.MayActFor(code, existing.CountyCode)))
        {
            return ApiProblems.Forbidden($"此金鑰無權同步機關 {code}。");
        }

        var rules = await db.JurisdictionRules.AsNoTracking()
            .Select(r => new JurisdictionRow(r.InstitutionType, r.CentreCode, r.Source))
            .ToListAsync(ct);
        var centre = JurisdictionRow.Route(rules, type!.Value, body.CountyCode!);
        var before = existing is null ? null : new { existing.Name, existing.Type, existing.CountyCode, existing.CentreCode, existing.ContactEmail };
        var institution = existing ?? db.Institutions.Add(new Institution { Code = code, Name = "", CountyCode = "" }).Entity;
        institution.Name = body.Name!.Trim();
        institution.Type = type.Value;
        institution.CountyCode = body.CountyCode!;
        institution.CentreCode = centre;
        if (body.ContactEmail.IsPresent)
        {
            // SPEC §13.2: a sync that omits contactEmail keeps the stored address; null clears it.
            institution.ContactEmail = contactEmail;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        institution.UpdatedAt = now;
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, existing is null ? "InstitutionCreated" : "InstitutionUpdated",
            nameof(Institution), code, before, new { institution.Name, institution.Type, institution.CountyCode, institution.CentreCode, institution.ContactEmail }));
        if (before is not null && (before.Type != type || before.CountyCode != institution.CountyCode || before.CentreCode != centre))
        {
            // Re-typed or moved: its open items follow to the new centre as an administrator's edit moves them (SPEC §13.2).
            await mover.SaveAndMoveAsync(db, code, centre, caller.Actor, $"機關資料同步：{code}", ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }

        var staffing = await CentreStaffing.ReadAsync(db, ct);
        var answer = new InstitutionAnswer(code, institution.Name, type.Value.ToString(), institution.CountyCode, centre, centre is not null)
        {
            Warnings = staffing.WarningsFor(centre),
        };
        return existing is null ? Results.Created($"/api/v1/institutions/{code}", answer) : Results.Ok(answer);
    }

    public async Task<IResult> PutTeacherAsync(ApiCaller caller, string nationalId, TeacherBody body, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (!NationalId.IsValid(nationalId))
        {
            errors.Add("nationalId", "身分證統一編號格式或檢查碼錯誤。");
        }

        errors.Text("name", body.Name, Domain.InputBounds.Name, required: true);
        await using var db = await contexts.CreateDbContextAsync(ct);
        Institution? serving = null;
        if (body.ServingInstitutionCode is { } servingCode)
        {
            serving = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == servingCode, ct);
            if (serving is null)
            {
                errors.Add("servingInstitutionCode", $"查無機關「{servingCode}」；請先同步機關資料，或以 null 表示無服務學校。");
            }
        }

        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        var id = nationalId.ToUpperInvariant();
        var existing = await db.Teachers.SingleOrDefaultAsync(t => t.NationalId == id, ct);
        var previousServing = existing?.ServingInstitutionCode is { } prev
            ? await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == prev, ct)
            : null;
        if ((serving is not null && !caller.MayActFor(serving.Code, serving.CountyCode))
            || (previousServing is not null && !caller.MayActFor(previousServing.Code, previousServing.CountyCode))
            || (serving is null && previousServing is null && !caller.IsAdministrator && caller.CountyCode is null))
        {
            return ApiProblems.Forbidden("此金鑰無權同步該教師（服務機關不在授權範圍內）。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var teacher = existing ?? db.Teachers.Add(new Teacher { NationalId = id, Name = "" }).Entity;
        var before = existing is null ? null : new { existing.Name, existing.ServingInstitutionCode };
        teacher.Name = body.Name!.Trim();
        teacher.ServingInstitutionCode = serving?.Code;
        teacher.UpdatedAt = now;
        // The audit log never holds a national ID in clear (SPEC §11).
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, existing is null ? "TeacherCreated" : "TeacherUpdated",
            nameof(Teacher), NationalId.Mask(id), before, new { teacher.Name, teacher.ServingInstitutionCode }));
        await db.SaveChangesAsync(ct);

        var answer = new TeacherAnswer(id, teacher.Name, teacher.ServingInstitutionCode, teacher.ServingInstitutionCode is not null);
        return existing is null ? Results.Created($"/api/v1/teachers/{id}", answer) : Results.Ok(answer);
    }
}
