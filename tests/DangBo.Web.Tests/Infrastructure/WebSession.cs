using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DangBo.Web.Modules.Demo;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>
/// One person's browser against the test server: keeps cookies, follows no redirects, parses pages with
/// AngleSharp and submits forms as a browser does (every field the form holds, its antiforgery token, the
/// pressed button's formaction), with the test's own values filled in.
/// </summary>
public sealed class WebSession : IDisposable
{
    private static readonly ConditionalWeakTable<DangBoFactory, ConcurrentDictionary<string, Cookie[]>> SignInCookies = new();
    private static readonly Uri BaseAddress = new("http://localhost");

    private readonly CookieContainer _cookies;

    private WebSession(DangBoFactory factory, CookieContainer cookies)
    {
        _cookies = cookies;
        Client = factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies));
    }

    public HttpClient Client { get; }

    public static WebSession Anonymous(DangBoFactory factory) => new(factory, new CookieContainer());

    /// <summary>
    /// Signs in through the sign-in form the first time for this factory and person, then reuses the cookie:
    /// sign-in attempts are rate limited, and the tests are not about that.
    /// </summary>
    public static async Task<WebSession> SignedInAsync(DangBoFactory factory, string userName, string password = DemoSeeder.DemoPassword)
    {
        var cache = SignInCookies.GetOrCreateValue(factory);
        if (cache.TryGetValue(userName, out var saved))
        {
            var container = new CookieContainer();
            foreach (var cookie in saved)
            {
                container.Add(BaseAddress, cookie);
            }
            return new WebSession(factory, container);
        }
        var session = Anonymous(factory);
        var response = await session.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {userName} failed: {(int)response.StatusCode}");
        cache[userName] = session._cookies.GetCookies(BaseAddress).Where(c => c.Name.StartsWith("dangbo.auth", StringComparison.Ordinal)).ToArray();
        return session;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        var page = await GetPageAsync("/dang-nhap" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await SubmitAsync(page.Forms.First(f => f.ClassList.Contains("signin-form")), new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }

    public bool IsSignedIn => _cookies.GetCookies(BaseAddress).Any(c => c.Name.StartsWith("dangbo.auth", StringComparison.Ordinal));

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    /// <summary>GETs a page that must answer 200 and returns it parsed.</summary>
    public async Task<IDocument> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return await ParseAsync(html, url);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response, string url) =>
        await ParseAsync(await response.Content.ReadAsStringAsync(), url);

    public static async Task<IDocument> ParseAsync(string html, string url)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(new Uri(BaseAddress, url).ToString()));
    }

    /// <summary>
    /// Submits <paramref name="form"/> as a browser would after the person typed <paramref name="values"/>
    /// (a null value empties the field; a string array gives a multi-valued field such as checkboxes) and
    /// pressed <paramref name="submitter"/>. Files go in a multipart body when the form asks for one.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, Dictionary<string, object?> values, IElement? submitter = null,
        IReadOnlyDictionary<string, (string FileName, string ContentType, byte[] Bytes)>? files = null, bool withAntiforgery = true,
        string? action = null)
    {
        var fields = CollectFields(form, submitter);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            switch (value)
            {
                case null:
                    break;
                case string s:
                    fields.Add(new(name, s));
                    break;
                case IEnumerable<string> many:
                    fields.AddRange(many.Select(v => new KeyValuePair<string, string>(name, v)));
                    break;
                default:
                    fields.Add(new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
                    break;
            }
        }
        if (!withAntiforgery)
        {
            fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
        }
        // An explicit action posts the form's fields (and token) somewhere else: a forged request from a real session.
        action ??= submitter?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? new Uri(form.Owner!.Url) : new Uri(new Uri(form.Owner!.Url), action);

        HttpContent content;
        if (string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }
            foreach (var (name, file) in files ?? new Dictionary<string, (string, string, byte[])>())
            {
                var part = new ByteArrayContent(file.Bytes);
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
                multipart.Add(part, name, file.FileName);
            }
            content = multipart;
        }
        else
        {
            Assert.True(files is null || files.Count == 0, "Files need a multipart form.");
            content = new FormUrlEncodedContent(fields);
        }
        return await Client.PostAsync(target.PathAndQuery, content);
    }

    /// <summary>The fields a browser sends for this form: named, enabled controls; checked boxes only; the pressed button.</summary>
    public static List<KeyValuePair<string, string>> CollectFields(IHtmlFormElement form, IElement? submitter = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name], button[name]"))
        {
            if (element.HasAttribute("disabled"))
            {
                continue;
            }
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "checkbox" or "radio" && !input.IsChecked || type is "file" or "button" or "reset" or "image")
                    {
                        continue;
                    }
                    if (type == "submit" && !ReferenceEquals(input, submitter))
                    {
                        continue;
                    }
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]!);
                    }
                    fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlButtonElement button when ReferenceEquals(button, submitter):
                    fields.Add(new(name, button.Value));
                    break;
            }
        }
        return fields;
    }

    public void Dispose() => Client.Dispose();
}

public static class DocumentExtensions
{
    public static IHtmlFormElement Form(this IDocument document, string selector) =>
        document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches {selector}.");

    /// <summary>The submit button whose visible text is <paramref name="text"/>.</summary>
    public static IElement Button(this IDocument document, string text) =>
        document.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == text)
        ?? throw new InvalidOperationException($"No button reads '{text}'.");

    /// <summary>The messages shown next to fields and at the top of forms.</summary>
    public static IReadOnlyList<string> Errors(this IDocument document) =>
        document.QuerySelectorAll(".field-error, .form-errors li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
}
