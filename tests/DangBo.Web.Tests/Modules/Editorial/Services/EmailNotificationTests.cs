using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Editorial.Services;

/// <summary>The application with its SMTP settings pointing at a test SMTP server of its own.</summary>
public abstract class MailFactory : DangBoFactory
{
    public TestSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:From", "bbt@sonha.dcs.vn");
        // Short waits, so that retries and the sender's own looks happen within a test.
        builder.UseSetting("Smtp:PollSeconds", "1");
        builder.UseSetting("Smtp:RetrySeconds", "1");
        builder.UseSetting("Smtp:MaxAttempts", "3");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

public sealed class MailSqliteFactory : MailFactory
{
    public override DatabaseKind Database => DatabaseKind.Sqlite;
}

public sealed class MailPostgresFactory : MailFactory
{
    public override DatabaseKind Database => DatabaseKind.Postgres;
}

/// <summary>Every move that concerns someone reaches them by e-mail too, in Vietnamese, with a link to the article.</summary>
public abstract class EmailNotificationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : MailFactory
{
    [Fact]
    public async Task Submit_MailsTheEditorWhoseStepItReaches_NotTheWriter()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var title = "Xã Tân Lập tổ chức hội nghị điển hình tiên tiến " + Guid.NewGuid().ToString("N")[..6];

        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);

        var editor = await EmailOfAsync("bientap");
        var mail = await factory.Smtp.WaitForAsync(m => m.Recipients.Contains(editor) && m.Subject.Contains(title, StringComparison.Ordinal));
        Assert.Equal($"Tin bài đang chờ bạn xử lý: «{title}»", mail.Subject);
        Assert.Contains("Kính gửi đồng chí Lê Văn Biên,", mail.Body);
        Assert.Contains($"Tin bài «{title}» đang chờ bạn xử lý (bước «Chờ biên tập»)", mail.Body);
        Assert.Contains($"http://localhost/quan-tri/tin-bai/{id}", mail.Body);
        Assert.Contains(mail.Raw.Split("\r\n"), h => h.StartsWith("From:", StringComparison.Ordinal) && h.Contains("bbt@sonha.dcs.vn", StringComparison.Ordinal));
        var writer = await EmailOfAsync("congtacvien");
        Assert.DoesNotContain(factory.Smtp.Received, m => m.Recipients.Contains(writer) && m.Subject.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReturnForRevision_MailsTheWriterTheReason()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var title = "Phường Đông Hưng ra mắt mô hình dân vận khéo " + Guid.NewGuid().ToString("N")[..6];
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);

        await EditorialFlow.MoveAsync(editor, id, "Trả lại để sửa", "Cần bổ sung ảnh và tên người phát biểu.");

        Assert.Equal(ArticleStatus.Returned, await EditorialFlow.StatusAsync(factory, id));
        var writer = await EmailOfAsync("congtacvien");
        var mail = await factory.Smtp.WaitForAsync(m => m.Recipients.Contains(writer) && m.Subject.Contains(title, StringComparison.Ordinal));
        Assert.Equal($"Tin bài bị trả lại để sửa: «{title}»", mail.Subject);
        Assert.Contains("Lý do: Cần bổ sung ảnh và tên người phát biểu.", mail.Body);
        Assert.Contains($"http://localhost/quan-tri/tin-bai/{id}", mail.Body);
    }

    [Fact]
    public async Task Outbox_MailLeftByAnEarlierProcess_IsSentAndNoCopyIsKept()
    {
        // What a process that stopped before sending leaves behind: the message in the outbox, due.
        var to = $"ton.dong.{Guid.NewGuid():N}@sonha.dcs.vn";
        var id = await AddToOutboxAsync(to);

        var mail = await factory.Smtp.WaitForAsync(m => m.Recipients.Contains(to));

        Assert.Equal("Tin bài đang chờ bạn xử lý: «Thư còn trong hộp thư đi»", mail.Subject);
        Assert.Contains("Kính gửi đồng chí Trần Văn Tồn,", mail.Body);
        await WaitUntilAsync(() => factory.WithDbAsync(db => db.OutgoingMails.AnyAsync(m => m.Id == id)), present: false);
    }

    [Fact]
    public async Task Outbox_ServerRefusesForAWhile_MessageIsTriedAgainAndArrivesOnce()
    {
        var to = $"thu.lai.{Guid.NewGuid():N}@sonha.dcs.vn";
        factory.Smtp.RefuseNext(to, 2);

        await AddToOutboxAsync(to);

        var mail = await factory.Smtp.WaitForAsync(m => m.Recipients.Contains(to));
        Assert.Equal(2, factory.Smtp.RefusedCount(to));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(factory.Smtp.Received, m => m.Recipients.Contains(to));
    }

    [Fact]
    public async Task Outbox_ServerKeepsRefusing_MessageIsGivenUpWithTheErrorAndNoAddressInIt()
    {
        var to = $"bo.qua.{Guid.NewGuid():N}@sonha.dcs.vn";
        factory.Smtp.RefuseNext(to, 100);

        var id = await AddToOutboxAsync(to);

        // Three attempts (Smtp:MaxAttempts), one and then two seconds apart, then no more.
        var left = await WaitUntilAsync(() => factory.WithDbAsync(db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Id == id)),
            m => m.NextAttemptAt is null);
        Assert.Equal(3, left.Attempts);
        Assert.Equal(3, factory.Smtp.RefusedCount(to));
        Assert.NotNull(left.LastError);
        Assert.DoesNotContain("@", left.LastError);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(3, factory.Smtp.RefusedCount(to));
        Assert.DoesNotContain(factory.Smtp.Received, m => m.Recipients.Contains(to));
    }

    private async Task<long> AddToOutboxAsync(string to) => await factory.WithDbAsync(async db =>
    {
        var mail = new Web.Modules.Editorial.Models.OutgoingMail
        {
            To = to, Subject = "Tin bài đang chờ bạn xử lý: «Thư còn trong hộp thư đi»",
            Body = "Kính gửi đồng chí Trần Văn Tồn,\n\nTin bài đang chờ.", CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow,
        };
        db.OutgoingMails.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    });

    private static async Task WaitUntilAsync(Func<Task<bool>> probe, bool present)
    {
        await WaitUntilAsync(probe, found => found == present);
    }

    private static async Task<T> WaitUntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still {value} after 20 s.");
            }
            await Task.Delay(200);
        }
    }

    private Task<string> EmailOfAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Email!).SingleAsync());
}

public sealed class EmailNotificationTests_Sqlite(MailSqliteFactory factory) : EmailNotificationTests<MailSqliteFactory>(factory);

public sealed class EmailNotificationTests_Postgres(MailPostgresFactory factory) : EmailNotificationTests<MailPostgresFactory>(factory);

/// <summary>An SMTP server that accepts connections and never answers: the worst a mail server can do.</summary>
public sealed class SilentMailFactory : DangBoFactory
{
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);

    public SilentMailFactory() => _silent.Start();

    public override DatabaseKind Database => DatabaseKind.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", ((IPEndPoint)_silent.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:TimeoutSeconds", "2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _silent.Dispose();
        }
    }
}

/// <summary>The mail server's trouble is never the editor's: moves go through at once whatever the server does (SQLite only: no database is involved).</summary>
public sealed class SilentMailServerTests(SilentMailFactory factory) : IClassFixture<SilentMailFactory>
{
    [Fact]
    public async Task Moves_WhileTheMailServerHangs_StillSucceedAtOnce()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, "Tin gửi khi máy chủ thư không trả lời " + Guid.NewGuid().ToString("N")[..6]);

        var watch = Stopwatch.StartNew();
        await EditorialFlow.MoveAsync(editor, id, "Trả lại để sửa", "Thiếu nguồn tin.");
        watch.Stop();

        Assert.Equal(ArticleStatus.Returned, await EditorialFlow.StatusAsync(factory, id));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"The move took {watch.Elapsed}.");
    }
}
