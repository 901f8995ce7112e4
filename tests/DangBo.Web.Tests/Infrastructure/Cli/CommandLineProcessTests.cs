using System.Diagnostics;

namespace DangBo.Web.Tests.Infrastructure.Cli;

/// <summary>The built binary as an operator runs it: <c>dotnet DangBo.Web.dll &lt;verb&gt;</c>.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dangbo-cli-").FullName;

    [Fact]
    public async Task Help_ListsTheVerbs_AndExitsZero()
    {
        var (exitCode, output, _) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("import <file.jsonl>", output);
        Assert.Contains("seed-demo", output);
        Assert.Contains("--help", output);
    }

    [Fact]
    public async Task UnknownVerb_ExitsTwo_AndShowsTheHelp()
    {
        var (exitCode, _, error) = await RunAsync("xuat-ban-tat-ca");

        Assert.Equal(2, exitCode);
        Assert.Contains("xuat-ban-tat-ca", error);
        Assert.Contains("import <file.jsonl>", error);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DangBo.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Keep anything the host creates (the data folder) out of the repository.
        start.ArgumentList.Add("--Storage:DataFolder");
        start.ArgumentList.Add(Path.Combine(_folder, "data"));

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
