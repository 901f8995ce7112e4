using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Accounts.Services;

/// <summary>What an administrator supplies for a new account; the optional role is given in <see cref="RoleUnitId"/> (or the account's own unit).</summary>
public sealed record NewAccount(string? FullName, string? UserName, string? Email, int? UnitId, string? Password, StaffRole? Role, int? RoleUnitId);

/// <summary>
/// Creating and changing sign-in accounts. One Identity store serves staff of every unit and, later, party
/// members: an account is a person, and what they may do comes from their unit roles.
/// Callers check that the administrator may manage the units involved.
/// </summary>
public sealed class AccountAdministration(DangBoDbContext db, UserManager<UserAccount> users, TimeProvider clock)
{
    public const int FullNameMaxLength = 200;

    /// <summary>Creates the account and its first role together, or nothing at all.</summary>
    public async Task<UserAccount> CreateAsync(NewAccount input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var fullName = CheckFullName(input.FullName, errors);
        var email = CheckEmail(input.Email, errors);
        var userName = VietnameseText.Clean(input.UserName);
        if (userName.Length == 0)
        {
            errors[nameof(NewAccount.UserName)] = "Vui lòng nhập tên đăng nhập.";
        }
        if (string.IsNullOrEmpty(input.Password))
        {
            errors[nameof(NewAccount.Password)] = "Vui lòng nhập mật khẩu ban đầu.";
        }
        await CheckUnitAsync(input.UnitId, nameof(NewAccount.UnitId), errors, ct);
        if (input.Role is { } role)
        {
            if (!Enum.IsDefined(role))
            {
                errors[nameof(NewAccount.Role)] = "Vai trò không hợp lệ.";
            }
            if (input.RoleUnitId is not null)
            {
                await CheckUnitAsync(input.RoleUnitId, nameof(NewAccount.RoleUnitId), errors, ct);
            }
        }
        var user = new UserAccount
        {
            UserName = userName,
            FullName = fullName,
            Email = email,
            EmailConfirmed = email is not null,
            UnitId = input.UnitId ?? 0,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // Identity stops at the first failing check; run them all first so the form shows every problem at once.
        if (userName.Length > 0)
        {
            foreach (var validator in users.UserValidators)
            {
                AddIdentityErrors(errors, await validator.ValidateAsync(users, user));
            }
        }
        if (!string.IsNullOrEmpty(input.Password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                AddIdentityErrors(errors, await validator.ValidateAsync(users, user, input.Password));
            }
        }
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, input.Password!);
        if (!result.Succeeded)
        {
            throw new InputValidationException(MapIdentityErrors(result));
        }
        if (input.Role is { } firstRole)
        {
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = input.RoleUnitId ?? user.UnitId, Role = firstRole });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return user;
    }

    public async Task UpdateAsync(UserAccount user, string? fullName, string? email, int? unitId, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var cleanName = CheckFullName(fullName, errors);
        var cleanEmail = CheckEmail(email, errors);
        await CheckUnitAsync(unitId, "UnitId", errors, ct);
        InputValidationException.ThrowIfAny(errors);

        user.FullName = cleanName;
        if (!string.Equals(user.Email, cleanEmail, StringComparison.OrdinalIgnoreCase))
        {
            user.Email = cleanEmail;
            user.EmailConfirmed = cleanEmail is not null;
        }
        user.UnitId = unitId!.Value;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InputValidationException(MapIdentityErrors(result));
        }
    }

    /// <summary>A deactivated person cannot sign in, and their open sessions end at the next security check.</summary>
    public async Task SetActiveAsync(UserAccount user, bool active, string actingUserId)
    {
        if (!active && user.Id == actingUserId)
        {
            throw new DomainException("Bạn không thể tự ngừng hoạt động tài khoản của mình.");
        }
        user.IsActive = active;
        if (active)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task ResetPasswordAsync(UserAccount user, string? newPassword)
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            throw new InputValidationException("NewPassword", "Vui lòng nhập mật khẩu mới.");
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            throw new InputValidationException("NewPassword", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        // A forgotten password is often why an account got locked.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    public async Task AddRoleAsync(UserAccount user, int? unitId, StaffRole? role, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        await CheckUnitAsync(unitId, "UnitId", errors, ct);
        if (role is null || !Enum.IsDefined(role.Value))
        {
            errors["Role"] = "Vui lòng chọn vai trò.";
        }
        InputValidationException.ThrowIfAny(errors);
        if (await db.UnitRoles.AnyAsync(r => r.UserId == user.Id && r.UnitId == unitId && r.Role == role, ct))
        {
            throw new DomainException("Người dùng đã có vai trò này tại đơn vị đã chọn.");
        }
        db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = unitId!.Value, Role = role!.Value });
        await db.SaveChangesAsync(ct);
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task RemoveRoleAsync(UserAccount user, UnitRoleAssignment assignment, string actingUserId, CancellationToken ct = default)
    {
        if (assignment.UserId != user.Id)
        {
            throw new DomainException("Vai trò không thuộc người dùng này.");
        }
        if (user.Id == actingUserId && assignment.Role == StaffRole.Administrator)
        {
            throw new DomainException("Bạn không thể tự bỏ vai trò quản trị hệ thống của mình.");
        }
        db.UnitRoles.Remove(assignment);
        await db.SaveChangesAsync(ct);
        Check(await users.UpdateSecurityStampAsync(user));
    }

    private static string CheckFullName(string? value, Dictionary<string, string> errors)
    {
        var name = VietnameseText.Clean(value);
        if (name.Length == 0)
        {
            errors[nameof(NewAccount.FullName)] = "Vui lòng nhập họ và tên.";
        }
        else if (name.Length > FullNameMaxLength)
        {
            errors[nameof(NewAccount.FullName)] = $"Họ và tên dài tối đa {FullNameMaxLength} ký tự.";
        }
        return name;
    }

    private static string? CheckEmail(string? value, Dictionary<string, string> errors)
    {
        var email = VietnameseText.CleanOrNull(value);
        if (email is not null && (email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email)))
        {
            errors[nameof(NewAccount.Email)] = "Email không hợp lệ.";
        }
        return email;
    }

    private async Task CheckUnitAsync(int? unitId, string field, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (unitId is not { } id || !await db.Units.AnyAsync(u => u.Id == id, ct))
        {
            errors[field] = "Vui lòng chọn đơn vị.";
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static Dictionary<string, string> MapIdentityErrors(IdentityResult result)
    {
        var errors = new Dictionary<string, string>();
        AddIdentityErrors(errors, result);
        return errors;
    }

    private static void AddIdentityErrors(Dictionary<string, string> errors, IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(NewAccount.UserName),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(NewAccount.Email),
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewAccount.Password),
                _ => "",
            };
            errors[field] = errors.TryGetValue(field, out var previous) ? previous + " " + error.Description : error.Description;
        }
    }
}
