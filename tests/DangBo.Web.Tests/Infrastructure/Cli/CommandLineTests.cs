using DangBo.Web.Infrastructure.Cli;

namespace DangBo.Web.Tests.Infrastructure.Cli;

public class CommandLineTests
{
    [Fact]
    public void Parse_NoArguments_ServesTheSite()
    {
        var parsed = CommandLine.Parse([]);
        Assert.Null(parsed.Verb);
        Assert.Empty(parsed.VerbArguments);
        Assert.Empty(parsed.HostArguments);
        Assert.False(parsed.WantsHelp);
    }

    [Fact]
    public void Parse_OnlyOptions_ServesTheSiteWithThoseOptions()
    {
        string[] args = ["--urls", "http://0.0.0.0:8080", "--Database:Provider", "Postgres"];
        var parsed = CommandLine.Parse(args);
        Assert.Null(parsed.Verb);
        Assert.Equal(args, parsed.HostArguments);
    }

    [Fact]
    public void Parse_VerbWithFileAndOptions_SeparatesVerbArgumentsFromHostOptions()
    {
        var parsed = CommandLine.Parse(["import", "tin-bai.jsonl", "--Database:Provider", "Postgres", "--Database:ConnectionString", "Host=db"]);
        Assert.Equal("import", parsed.Verb);
        Assert.Equal(["tin-bai.jsonl"], parsed.VerbArguments);
        Assert.Equal(["--Database:Provider", "Postgres", "--Database:ConnectionString", "Host=db"], parsed.HostArguments);
        Assert.False(parsed.WantsHelp);
    }

    [Fact]
    public void Parse_VerbAlone_HasNoArguments()
    {
        var parsed = CommandLine.Parse(["seed-demo"]);
        Assert.Equal("seed-demo", parsed.Verb);
        Assert.Empty(parsed.VerbArguments);
        Assert.Empty(parsed.HostArguments);
    }

    [Fact]
    public void Parse_SeveralVerbArguments_KeepsThemInOrderUntilTheFirstOption()
    {
        var parsed = CommandLine.Parse(["import", "a.jsonl", "b.jsonl", "--Storage:DataFolder", "./data", "c.jsonl"]);
        Assert.Equal(["a.jsonl", "b.jsonl"], parsed.VerbArguments);
        Assert.Equal(["--Storage:DataFolder", "./data", "c.jsonl"], parsed.HostArguments);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Parse_HelpInAnyForm_AsksForHelp(string help)
    {
        var parsed = CommandLine.Parse([help, "--Database:Provider", "Postgres"]);
        Assert.True(parsed.WantsHelp);
        Assert.Equal(["--Database:Provider", "Postgres"], parsed.HostArguments);
    }
}
