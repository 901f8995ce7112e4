using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>A message as the SMTP server received it, its subject and body decoded.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, string Subject, string Body, string Raw);

/// <summary>
/// A tiny SMTP server on a local port that accepts everything (220, EHLO/HELO, MAIL FROM, RCPT TO, DATA, QUIT) and keeps
/// what it receives, so that the application's e-mail is tested through a real socket and a real SmtpClient.
/// </summary>
public sealed partial class TestSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public TestSmtpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The next <paramref name="times"/> messages to <paramref name="recipient"/> are refused with a temporary error (451), as a busy server does.</summary>
    public void RefuseNext(string recipient, int times) => _refusals[recipient] = times;

    /// <summary>How many times a message to <paramref name="recipient"/> has been refused so far.</summary>
    public int RefusedCount(string recipient) => _refused.GetValueOrDefault(recipient);

    private readonly ConcurrentDictionary<string, int> _refused = new(StringComparer.OrdinalIgnoreCase);

    private bool Refuses(string recipient)
    {
        while (_refusals.TryGetValue(recipient, out var left) && left > 0)
        {
            if (_refusals.TryUpdate(recipient, left - 1, left))
            {
                _refused.AddOrUpdate(recipient, 1, (_, n) => n + 1);
                return true;
            }
        }
        return false;
    }

    public IReadOnlyCollection<ReceivedMail> Received => _received.ToArray();

    /// <summary>The first message (received already or within <paramref name="timeout"/>) that matches.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("No matching e-mail arrived. Received: " + string.Join(" | ", _received.Select(m => $"{string.Join(',', m.Recipients)}: {m.Subject}")));
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost test SMTP");
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "MAIL":
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        var recipient = AddressPattern().Match(line).Groups[1].Value;
                        if (Refuses(recipient))
                        {
                            await writer.WriteLineAsync("451 4.3.0 Try again later");
                            break;
                        }
                        recipients.Add(recipient);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        _received.Enqueue(Parse([.. recipients], data.ToString()));
                        _arrived.Release();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        // HELO, RSET, NOOP and anything else: accepted.
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static ReceivedMail Parse(string[] recipients, string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = Regex.Replace(raw[..split], "\r\n[ \t]+", " ");
        var headers = headerText.Split("\r\n").Select(h => h.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[(split + 4)..];
        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        body = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body, underscoreIsSpace: false),
            _ => body,
        };
        return new ReceivedMail(recipients, DecodeWords(headers.GetValueOrDefault("Subject", "")), body.Replace("\r\n", "\n"), raw);
    }

    /// <summary>RFC 2047 encoded words (=?utf-8?B?...?= and =?utf-8?Q?...?=), adjacent ones joined.</summary>
    private static string DecodeWords(string value)
    {
        var joined = Regex.Replace(value, @"\?=\s+=\?", "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups[3].Value)
                : Encoding.Latin1.GetBytes(QuotedPrintable(m.Groups[3].Value, underscoreIsSpace: true, asLatin1: true));
            return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
        });
    }

    private static string QuotedPrintable(string text, bool underscoreIsSpace, bool asLatin1 = false)
    {
        var bytes = new List<byte>();
        var soft = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < soft.Length; i++)
        {
            if (soft[i] == '=' && i + 2 < soft.Length && Uri.IsHexDigit(soft[i + 1]) && Uri.IsHexDigit(soft[i + 2]))
            {
                bytes.Add(Convert.ToByte(soft.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)(underscoreIsSpace && soft[i] == '_' ? ' ' : soft[i]));
            }
        }
        return asLatin1 ? Encoding.Latin1.GetString(bytes.ToArray()) : Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
    }
}
