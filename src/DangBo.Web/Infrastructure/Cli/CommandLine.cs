using DangBo.Web.Infrastructure.Data;

namespace DangBo.Web.Infrastructure.Cli;

/// <summary>A verb the same binary answers instead of serving (dotnet DangBo.Web.dll import file.jsonl).</summary>
public interface ICliCommand
{
    string Name { get; }
    string Usage { get; }
    string Description { get; }
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct);
}

public sealed record ParsedCommandLine(string? Verb, IReadOnlyList<string> VerbArguments, string[] HostArguments)
{
    public bool WantsHelp => Verb is "--help" or "-h" or "help";
}

public static class CommandLine
{
    /// <summary>Leading words that are not options form the verb and its arguments; options go to the host's configuration.</summary>
    public static ParsedCommandLine Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return new(null, [], []);
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            return new("--help", [], args[1..]);
        }
        if (args[0].StartsWith('-'))
        {
            return new(null, [], args);
        }
        var verbArgs = new List<string>();
        var i = 1;
        for (; i < args.Length && !args[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            verbArgs.Add(args[i]);
        }
        return new(args[0], verbArgs, args[i..]);
    }

    /// <summary>A verb's own output is what the person reads; database chatter is kept to warnings.</summary>
    public static IHostApplicationBuilder AddCommandLine(this IHostApplicationBuilder builder, ParsedCommandLine command)
    {
        if (command.Verb is not null)
        {
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        }
        return builder;
    }

    public static void AddCliCommand<T>(this IServiceCollection services) where T : class, ICliCommand =>
        services.AddScoped<ICliCommand, T>();

    /// <summary>Serves the web application, or runs the verb given on the command line and returns its exit code.</summary>
    public static async Task<int> RunAsync(this WebApplication app, ParsedCommandLine command)
    {
        if (command.Verb is null)
        {
            await app.Services.InitialiseDatabaseAsync();
            await app.RunAsync();
            return 0;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<ICliCommand>().ToList();
        if (command.WantsHelp)
        {
            WriteHelp(Console.Out, commands);
            return 0;
        }
        var selected = commands.FirstOrDefault(c => c.Name == command.Verb);
        if (selected is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{command.Verb}'.");
            WriteHelp(Console.Error, commands);
            return 2;
        }
        await app.Services.InitialiseDatabaseAsync(seedDemo: false);
        return await selected.RunAsync(command.VerbArguments, Console.Out, app.Lifetime.ApplicationStopping);
    }

    private static void WriteHelp(TextWriter output, IEnumerable<ICliCommand> commands)
    {
        output.WriteLine("DangBo: the party organisation portal and members' handbook.");
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  DangBo.Web [--option value ...]          serve the portal (http://localhost:5000 by default)");
        foreach (var c in commands.OrderBy(c => c.Name))
        {
            output.WriteLine($"  DangBo.Web {c.Usage,-30} {c.Description}");
        }
        output.WriteLine("  DangBo.Web --help                        show this help");
        output.WriteLine();
        output.WriteLine("Options are configuration keys, e.g. --Database:Provider Postgres --Database:ConnectionString \"Host=...\"");
        output.WriteLine("or --Storage:DataFolder ./data. Environment variables work too (Database__Provider=Postgres).");
    }
}
