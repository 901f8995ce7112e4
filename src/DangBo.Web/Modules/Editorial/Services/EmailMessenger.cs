using System.Net;
using System.Net.Mail;
using System.Text;
using System.Threading.Channels;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Feeds;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Editorial.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>The SMTP server that carries the workflow's e-mail. With no <see cref="Host"/>, no e-mail is sent.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender, e.g. "Ban biên tập &lt;bbt@sonha.dcs.vn&gt;".</summary>
    public string? From { get; set; }
    /// <summary>The site's address for the links in the messages (e.g. https://sonha.dcs.vn); the request's own when empty.</summary>
    public string? SiteUrl { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
    /// <summary>How often the sender looks for mail that is due, besides being woken when a move that carries mail is saved.</summary>
    public int PollSeconds { get; set; } = 30;
    /// <summary>Wait before the first retry of a message the server did not take; doubled for each retry after it.</summary>
    public int RetrySeconds { get; set; } = 60;
    /// <summary>Attempts before a message is given up (8: over four hours with the default wait).</summary>
    public int MaxAttempts { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>
/// Sends e-mail to the people a move concerns: the messages join the outbox (<see cref="OutgoingMail"/>) in the save that
/// carries the move, so they exist exactly when the move does, and <see cref="MailSender"/> sends them after the commit.
/// </summary>
public sealed class EmailMessenger(DangBoDbContext db, MailSignal signal, TimeProvider clock, IOptions<SmtpOptions> options, IHttpContextAccessor http) : IEditorialMessenger
{
    public async Task SendAsync(Article article, ArticleTransition transition, IReadOnlyList<Recipient> recipients, CancellationToken ct)
    {
        if (!options.Value.IsConfigured || recipients.Count == 0)
        {
            return;
        }
        var ids = recipients.Select(r => r.UserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive && u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.Email, u.FullName }).ToDictionaryAsync(u => u.Id, ct);
        var portalName = await db.Portals.Where(p => p.Id == article.PortalId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "";
        var link = Link(EditorialNotifier.EditUrl(article.Id));
        var subject = $"{Subject(transition.Kind)}: «{article.Title}»";
        if (subject.Length > 250)
        {
            subject = subject[..249] + "…";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var mails = new List<OutgoingMail>();
        foreach (var r in recipients)
        {
            if (people.TryGetValue(r.UserId, out var person))
            {
                var body = new StringBuilder()
                    .Append("Kính gửi đồng chí ").Append(person.FullName).Append(",\n\n")
                    .Append(r.Message).Append("\n\n")
                    .Append("Mở tin bài trong trang quản trị: ").Append(link).Append("\n\n")
                    .Append("--\n").Append(portalName).Append('\n')
                    .Append("Thư gửi tự động từ hệ thống quản trị cổng thông tin; vui lòng không trả lời thư này.\n")
                    .ToString();
                mails.Add(new OutgoingMail { To = person.Email!, Subject = subject, Body = body, ArticleId = article.Id, CreatedAt = now, NextAttemptAt = now });
            }
        }
        if (mails.Count > 0)
        {
            db.OutgoingMails.AddRange(mails);
            signal.Expect(db);
        }
    }

    public static string Subject(ArticleTransitionKind kind) => kind switch
    {
        ArticleTransitionKind.ReturnForRevision => "Tin bài bị trả lại để sửa",
        ArticleTransitionKind.Approve or ArticleTransitionKind.PublishOnSchedule => "Tin bài đã được xuất bản",
        ArticleTransitionKind.Unpublish or ArticleTransitionKind.UnpublishOnSchedule => "Tin bài đã bị gỡ",
        _ => "Tin bài đang chờ bạn xử lý",
    };

    private string Link(string path)
    {
        var site = options.Value.SiteUrl;
        if (!string.IsNullOrWhiteSpace(site))
        {
            return site.TrimEnd('/') + path;
        }
        return http.HttpContext?.Request is { } request ? SiteAddress.Absolute(request, path) : path;
    }
}

/// <summary>
/// Wakes <see cref="MailSender"/> when mail may be waiting: after a save that carried mail commits, so messages go out at
/// once instead of at the next look. The outbox table is the truth; a missed wake-up only delays a message until then.
/// </summary>
public sealed class MailSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly PerContext<Pending> _pending = new();

    private sealed class Pending
    {
        public bool Mail;
    }

    /// <summary>Mail was added to <paramref name="context"/>: wake the sender when its save commits.</summary>
    public void Expect(DbContext context) => _pending.GetOrCreate(context).Mail = true;

    /// <summary>The save (or its transaction) committed.</summary>
    public void Committed(DbContext context)
    {
        if (_pending.TryGet(context, out var pending) && pending.Mail)
        {
            pending.Mail = false;
            Wake();
        }
    }

    /// <summary>The save failed or was rolled back: its mail was never written.</summary>
    public void Abandoned(DbContext context)
    {
        if (_pending.TryGet(context, out var pending))
        {
            pending.Mail = false;
        }
    }

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Until woken or <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }
}

/// <summary>Tells <see cref="MailSignal"/> when a save that carries mail commits, or does not.</summary>
public sealed class MailSignalInterceptor(MailSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedOutsideTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonedOutsideTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AbandonedOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Abandoned(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandoned(eventData.Context);
        return Task.CompletedTask;
    }

    // Inside a transaction a save is not final until the commit.
    private void CommittedOutsideTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            signal.Committed(context);
        }
    }

    private void AbandonedOutsideTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            signal.Abandoned(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null)
        {
            signal.Committed(context);
        }
    }

    private void Abandoned(DbContext? context)
    {
        if (context is not null)
        {
            signal.Abandoned(context);
        }
    }
}

/// <summary>
/// Sends the outbox through the configured SMTP server in the background, oldest first, so a slow or absent server never
/// holds up a request. A message that went out is deleted; one the server did not take is tried again later, waiting
/// longer each time, and given up after <see cref="SmtpOptions.MaxAttempts"/> (it stays in the table with its error).
/// Failures are logged by article, never with the person's address.
/// </summary>
public sealed partial class MailSender(IServiceScopeFactory scopes, MailSignal signal, TimeProvider clock, IOptions<SmtpOptions> options, ILogger<MailSender> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due at once.
                while (await SendDueAsync(o, stoppingToken) == Batch)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database itself failed (locked, restarting): the outbox is still there for the next look.
                logger.LogWarning("The e-mail outbox could not be read: {Error}", e.GetBaseException().Message);
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, o.PollSeconds)), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> SendDueAsync(SmtpOptions o, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutgoingMails.Where(m => m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(Batch).ToListAsync(ct);
        foreach (var mail in due)
        {
            try
            {
                await SendAsync(o, mail, ct);
                db.OutgoingMails.Remove(mail);
            }
            catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException or System.Net.Sockets.SocketException)
            {
                mail.Failed(clock.GetUtcNow().UtcDateTime, WithoutAddresses(e.GetBaseException().Message), TimeSpan.FromSeconds(Math.Max(1, o.RetrySeconds)), Math.Max(1, o.MaxAttempts));
                // The article is named, not the person: enough to follow up without copying addresses into logs.
                if (mail.IsAbandoned)
                {
                    logger.LogError("E-mail about article {ArticleId} given up after {Attempts} attempts: {Error}", mail.ArticleId, mail.Attempts, mail.LastError);
                }
                else
                {
                    logger.LogWarning("E-mail about article {ArticleId} not sent (attempt {Attempt}), next try at {Next:u}: {Error}",
                        mail.ArticleId, mail.Attempts, mail.NextAttemptAt, mail.LastError);
                }
            }
            // Each message's outcome is saved at once: a crash mid-batch sends nothing twice that was already recorded.
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }

    /// <summary>A server's error may quote the address it refused; logs and the table's error column never show one.</summary>
    internal static string WithoutAddresses(string error) => EmailAddress().Replace(error, "<địa chỉ>");

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s<>""'(),;:]+@[^\s<>""'(),;:]+")]
    private static partial System.Text.RegularExpressions.Regex EmailAddress();

    private static async Task SendAsync(SmtpOptions o, OutgoingMail mail, CancellationToken ct)
    {
        using var client = new SmtpClient(o.Host, o.Port)
        {
            EnableSsl = o.EnableSsl,
            Timeout = Math.Max(1, o.TimeoutSeconds) * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrWhiteSpace(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }
        using var message = new MailMessage
        {
            From = new MailAddress(string.IsNullOrWhiteSpace(o.From) ? "no-reply@localhost" : o.From),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(mail.To);
        await client.SendMailAsync(message, ct);
    }
}
