using Qte.Pipeline.Ci;

namespace Qte.Pipeline.Tests.Ci;

public sealed class BuildDiagnosticTests
{
    [Fact]
    public void Should_Read_A_Compiler_Error_With_File_Line_And_Column() =>
        Assert.Equal(
            new BuildDiagnostic("/repo/src/A.cs", 12, 5, "CS1002", "; expected"),
            BuildDiagnostic.TryParse("/repo/src/A.cs(12,5): error CS1002: ; expected [/repo/src/A/A.csproj]"));

    [Fact]
    public void Should_Leave_Out_The_Node_Prefix_Of_A_Parallel_Build() =>
        Assert.Equal(
            new BuildDiagnostic("/repo/src/A.cs", 25, 46, "CS1061", "'T' has no 'X'"),
            BuildDiagnostic.TryParse("11>/repo/src/A.cs(25,46): error CS1061: 'T' has no 'X' [/repo/src/A/A.csproj]"));

    [Fact]
    public void Should_Read_An_MSBuild_Error_Without_A_Line() =>
        Assert.Equal(
            new BuildDiagnostic("/repo/src/A/A.csproj", null, null, "NU1004", "The package references have changed."),
            BuildDiagnostic.TryParse("/repo/src/A/A.csproj : error NU1004: The package references have changed."));

    [Fact]
    public void Should_Skip_Warnings_And_Other_Lines_And_Repeats()
    {
        var errors = BuildDiagnostic.ParseLog([
            "/repo/src/A.cs(1,1): warning CS0168: unused",
            "Build FAILED.",
            "/repo/src/A.cs(2,3): error CS0103: The name 'x' does not exist [/repo/A.csproj]",
            "/repo/src/A.cs(2,3): error CS0103: The name 'x' does not exist [/repo/A.csproj]",
        ]);

        Assert.Equal([new BuildDiagnostic("/repo/src/A.cs", 2, 3, "CS0103", "The name 'x' does not exist")], errors);
    }
}
