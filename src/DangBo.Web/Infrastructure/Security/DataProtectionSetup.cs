using DangBo.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Infrastructure.Security;

public sealed class DataProtectionStorageOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Where the key ring is kept; relative paths are under the data folder. Default: "keys" in the data folder.</summary>
    public string? KeysFolder { get; set; }
}

public static class DataProtectionSetup
{
    /// <summary>
    /// Keeps the Data Protection key ring beside the database and media, so sign-in cookies, antiforgery tokens and
    /// preview links survive a restart (and a container's replacement) and are shared by instances using the same folder.
    /// </summary>
    public static IHostApplicationBuilder AddDangBoDataProtection(this IHostApplicationBuilder builder)
    {
        // A fixed name, not the content root path, so a move or a second instance reads the same keys.
        builder.Services.AddDataProtection().SetApplicationName("DangBo");
        builder.Services.AddOptions<DataProtectionStorageOptions>().BindConfiguration(DataProtectionStorageOptions.SectionName);
        // Resolved when the key ring is first needed, after every configuration source (tests included) has been applied.
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var folder = KeysFolder(services.GetRequiredService<DataFolder>(), services.GetRequiredService<IOptions<DataProtectionStorageOptions>>().Value);
            o.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(folder), services.GetRequiredService<ILoggerFactory>());
        }));
        return builder;
    }

    public static string KeysFolder(DataFolder data, DataProtectionStorageOptions options) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.KeysFolder) ? "keys" : options.KeysFolder, data.Path);
}
