using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Features.Accounts;

/// <summary>What the accounts page, the API and the command line say about a refused account, in one place.</summary>
public static class AccountMessages
{
    /// <summary>The field's name in the API and on the command line (camel case, as the account JSON has it).</summary>
    public static string FieldName(AccountField field) => field switch
    {
        AccountField.UserName => "userName",
        AccountField.DisplayName => "displayName",
        AccountField.Email => "email",
        AccountField.Subject => "subject",
        AccountField.Role => "role",
        AccountField.Centre => "centre",
        _ => "supervises",
    };

    public static string For(AccountProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            AccountProblemKind.UserNameInvalid => $"帳號名稱須為 1 至 {AccountRules.MaxUserName} 個英數字或 - _ . @。",
            AccountProblemKind.DisplayNameInvalid => $"顯示名稱須為 1 至 {AccountRules.MaxDisplayName} 字。",
            AccountProblemKind.EmailInvalid => $"電子郵件「{problem.Value}」格式不正確。",
            AccountProblemKind.SubjectInvalid => $"OIDC subject 須為 1 至 {AccountRules.MaxSubject} 字，且不含控制字元。",
            AccountProblemKind.IdentityRequired => "請填寫 OIDC subject 或電子郵件，以對應登入者。",
            AccountProblemKind.CentreRequired => "區域管理中心審核人員須指定區域管理中心。",
            AccountProblemKind.CentreUnknown => $"查無區域管理中心「{problem.Value}」。",
            AccountProblemKind.ScopeRequired => "督導須指定督導範圍（縣市代碼或 K12EA）。",
            AccountProblemKind.ScopeUnknown => $"未知的督導範圍「{problem.Value}」（請用縣市代碼或 K12EA）。",
            AccountProblemKind.UserNameTaken => $"帳號名稱「{problem.Value}」已由「{problem.Holder}」使用。",
            AccountProblemKind.EmailTaken => $"電子郵件「{problem.Value}」已對應到帳號「{problem.Holder}」。",
            _ => $"OIDC subject「{problem.Value}」已對應到帳號「{problem.Holder}」。",
        };
    }

    public static string For(AccountRefusal refusal) => refusal switch
    {
        AccountRefusal.NotAllowed => "只有系統管理者及督導可以管理帳號。",
        AccountRefusal.RoleNotGrantable => "督導只能建立區管審核人員帳號，不能建立系統管理者或督導帳號。",
        AccountRefusal.OutOfScope => "督導只能管理所轄區域管理中心的審核人員帳號。",
        AccountRefusal.CentreRequired => "區管審核人員須指定區域管理中心。",
        AccountRefusal.ScopeRequired => "督導須指定督導範圍（縣市或國教署）。",
        AccountRefusal.OwnAccount => "不能停用自己的帳號或變更自己的角色。",
        _ => "",
    };

    public const string Missing = "此帳號已不存在。";

    /// <summary>A colleague saved the same user name, e-mail or subject a moment ago; the unique index refused this one.</summary>
    public const string Raced = "帳號名稱、電子郵件或 OIDC subject 剛被其他帳號使用，請重新整理後再試。";
}
