using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Accounts;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.WebEncoders;

namespace DangBo.Web.Infrastructure.Web;

public static class WebSetup
{
    public const string BackOfficePrefix = "quan-tri";

    /// <summary>Razor Pages live in their module's folder; everything under /quan-tri needs a staff role.</summary>
    public static IHostApplicationBuilder AddDangBoWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Modules";
            o.Conventions.Add(new BackOfficeAuthorizationConvention());
            o.Conventions.ConfigureFilter(new UnhandledMethodPageFilter());
        }).AddMvcOptions(o =>
        {
            o.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
            var messages = o.ModelBindingMessageProvider;
            messages.SetValueMustNotBeNullAccessor(_ => "Trường này là bắt buộc.");
            messages.SetAttemptedValueIsInvalidAccessor((v, f) => $"Giá trị '{v}' không hợp lệ.");
            messages.SetValueIsInvalidAccessor(v => $"Giá trị '{v}' không hợp lệ.");
            messages.SetValueMustBeANumberAccessor(_ => "Trường này phải là một số.");
            messages.SetMissingBindRequiredValueAccessor(_ => "Trường này là bắt buộc.");
            messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Giá trị '{v}' không hợp lệ.");
            messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "dangbo.af";
            // One cookie for the whole site: a sub-portal under /don-vi/<slug>/ must not get a cookie of its own.
            o.Cookie.Path = "/";
            o.FormFieldName = "__RequestVerificationToken";
        });
        // Vietnamese letters are written as themselves, not as numeric entities (smaller, readable pages).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
        builder.AddPublicCaching();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only proxies named here (besides loopback) are believed; otherwise every reader behind a remote
            // proxy would share the proxy's address, and so one sign-in rate-limit bucket.
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var vi = VietnamTime.Culture;
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = [vi];
            o.SupportedUICultures = [vi];
            o.RequestCultureProviders.Clear();
        });
        CultureInfo.DefaultThreadCurrentCulture = VietnamTime.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = VietnamTime.Culture;
        return builder;
    }

    public static WebApplication UseDangBoWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UsePortalRouting();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseNulRejection();
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                var headers = ctx.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                // asp-append-version adds ?v=<hash of the file>: that address never changes content.
                headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // Counting wraps the cache so that pages served from it are counted too.
        app.UseVisitCounting();
        app.UseOutputCache();
        // Again inside the cache, so that the cache stores each page compressed once per encoding (the policy varies by
        // the negotiated encoding) instead of compressing every hit; the outer one sees Content-Encoding and passes it on.
        app.UseResponseCompression();
        app.MapBenchHello();
        return app;
    }

    /// <summary>
    /// Answers 400 to a query string carrying a NUL character (%00), as Kestrel already does for one in the path. No form or
    /// link produces it, and PostgreSQL refuses it in any text parameter, so a filter or search value holding it failed with a 500.
    /// </summary>
    private static void UseNulRejection(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next();
    });

    private static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["X-Frame-Options"] = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // No inline scripts anywhere; inline styles only because the editor positions its toolbar with them.
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
        await next();
    });

    /// <summary>Counts successful public HTML page views (the portal's visits, an article's views); counters write to the database in batches.</summary>
    private static void UseVisitCounting(this WebApplication app) => app.Use(async (context, next) =>
    {
        await next();
        if (HttpMethods.IsGet(context.Request.Method)
            && context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
            && !context.Request.Path.StartsWithSegments("/" + BackOfficePrefix))
        {
            var portal = await context.RequestServices.GetRequiredService<CurrentPortal>().FindAsync(context.RequestAborted);
            if (portal is not null)
            {
                foreach (var observer in context.RequestServices.GetServices<IPageViewObserver>())
                {
                    observer.Viewed(context, portal.Id);
                }
            }
        }
    });
}

/// <summary>Every page routed under /quan-tri requires a back-office role, whatever its own attributes say.</summary>
internal sealed class BackOfficeAuthorizationConvention : IPageRouteModelConvention
{
    public const string AccessDeniedRoute = WebSetup.BackOfficePrefix + "/khong-co-quyen";

    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template ?? "";
            if (template.StartsWith(WebSetup.BackOfficePrefix, StringComparison.OrdinalIgnoreCase)
                && !template.Equals(AccessDeniedRoute, StringComparison.OrdinalIgnoreCase))
            {
                selector.EndpointMetadata.Add(new AuthorizeAttribute(AccountsPermissions.UseBackOffice.Name));
            }
        }
    }
}
