using System.Net;
using System.Net.Mail;
using System.Text;
using System.Threading.Channels;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Feeds;
using DangBo.Web.Modules.Content.Models;
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

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

public sealed record OutgoingMail(string To, string Subject, string Body, int ArticleId);

/// <summary>
/// Sends e-mail to the people a move concerns, after the move is saved: messages are held with the DbContext that saves
/// the move and released to the sending queue only when that save (and its transaction) commits.
/// </summary>
public sealed class EmailMessenger(DangBoDbContext db, MailQueue queue, IOptions<SmtpOptions> options, IHttpContextAccessor http) : IEditorialMessenger
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
                mails.Add(new OutgoingMail(person.Email!, subject, body, article.Id));
            }
        }
        queue.Hold(db, mails);
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
/// The e-mail waiting to go out. Messages wait beside the DbContext whose save carries their move, then enter a bounded
/// queue that <see cref="MailSender"/> empties in the background, so a slow or absent SMTP server never holds up a request.
/// </summary>
public sealed class MailQueue(ILogger<MailQueue> logger)
{
    public const int Capacity = 500;

    private readonly Channel<OutgoingMail> _channel = Channel.CreateBounded<OutgoingMail>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true,
    });
    private readonly PerContext<List<OutgoingMail>> _held = new();

    public ChannelReader<OutgoingMail> Reader => _channel.Reader;

    public void Hold(DbContext context, IEnumerable<OutgoingMail> mails)
    {
        var held = _held.GetOrCreate(context);
        lock (held)
        {
            held.AddRange(mails);
        }
    }

    /// <summary>The save committed: what was held with it goes out.</summary>
    public void Release(DbContext context)
    {
        foreach (var mail in Take(context))
        {
            if (!_channel.Writer.TryWrite(mail))
            {
                logger.LogWarning("E-mail queue full ({Capacity}); a message about article {ArticleId} was dropped.", Capacity, mail.ArticleId);
            }
        }
    }

    /// <summary>The save failed or was rolled back: the move did not happen, so neither does its e-mail.</summary>
    public void Discard(DbContext context) => Take(context);

    private List<OutgoingMail> Take(DbContext context)
    {
        if (!_held.TryGet(context, out var held))
        {
            return [];
        }
        lock (held)
        {
            var taken = held.ToList();
            held.Clear();
            return taken;
        }
    }
}

/// <summary>Releases held e-mail when the save that carries it commits, and drops it when the save fails.</summary>
public sealed class MailReleaseInterceptor(MailQueue queue) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ReleaseOutsideTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ReleaseOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => DiscardOutsideTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void ReleaseOutsideTransaction(DbContext? context)
    {
        // Inside a transaction the save is not final until the commit.
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            queue.Release(context);
        }
    }

    private void DiscardOutsideTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            queue.Discard(context);
        }
    }

    private void Release(DbContext? context)
    {
        if (context is not null)
        {
            queue.Release(context);
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            queue.Discard(context);
        }
    }
}

/// <summary>Sends the queued e-mail one by one through the configured SMTP server; failures are logged, never thrown at anyone.</summary>
public sealed class MailSender(MailQueue queue, IOptions<SmtpOptions> options, ILogger<MailSender> logger) : BackgroundService
{
    private const int Attempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                try
                {
                    await SendAsync(mail, stoppingToken);
                    break;
                }
                catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException or System.Net.Sockets.SocketException)
                {
                    // The article is named, not the person: enough to follow up without copying addresses into logs.
                    logger.LogWarning("E-mail about article {ArticleId} not sent (attempt {Attempt} of {Attempts}): {Error}",
                        mail.ArticleId, attempt, Attempts, e.GetBaseException().Message);
                    if (attempt < Attempts)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(5 * attempt), stoppingToken);
                    }
                }
            }
        }
    }

    private async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var o = options.Value;
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
