using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Editorial.Services;

namespace DangBo.Web.Tests.Modules.Editorial.Models;

/// <summary>When the outbox tries a refused message again, and when it stops.</summary>
public sealed class OutgoingMailTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Failed_WaitsLongerAfterEachRefusal_ThenGivesUp()
    {
        var mail = new OutgoingMail { To = "a@b.vn", Subject = "s", Body = "b", NextAttemptAt = Now };

        mail.Failed(Now, "451 busy", TimeSpan.FromMinutes(1), maxAttempts: 3);
        Assert.Equal(Now.AddMinutes(1), mail.NextAttemptAt);
        mail.Failed(Now, "451 busy", TimeSpan.FromMinutes(1), maxAttempts: 3);
        Assert.Equal(Now.AddMinutes(2), mail.NextAttemptAt);
        Assert.False(mail.IsAbandoned);

        mail.Failed(Now, "451 still busy", TimeSpan.FromMinutes(1), maxAttempts: 3);
        Assert.True(mail.IsAbandoned);
        Assert.Equal(3, mail.Attempts);
        Assert.Equal("451 still busy", mail.LastError);
    }

    [Fact]
    public void Failed_KeepsALongErrorWithinItsColumn()
    {
        var mail = new OutgoingMail { To = "a@b.vn", Subject = "s", Body = "b", NextAttemptAt = Now };
        mail.Failed(Now, new string('x', 2000), TimeSpan.FromMinutes(1), maxAttempts: 8);
        Assert.Equal(OutgoingMail.ErrorMaxLength, mail.LastError!.Length);
    }

    [Theory]
    [InlineData("Mailbox unavailable. The server response was: 5.1.1 <nguyen.van.a@sonha.dcs.vn>: Recipient address rejected",
        "Mailbox unavailable. The server response was: 5.1.1 <<địa chỉ>>: Recipient address rejected")]
    [InlineData("Failure sending mail to le.thi.b@gmail.com.", "Failure sending mail to <địa chỉ>")]
    [InlineData("Unable to connect to the remote server", "Unable to connect to the remote server")]
    public void ServerErrors_AreKeptWithoutAddresses(string error, string kept) =>
        Assert.Equal(kept, MailSender.WithoutAddresses(error));
}
