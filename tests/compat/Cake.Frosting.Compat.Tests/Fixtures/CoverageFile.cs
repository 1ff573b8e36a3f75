namespace Cake.Frosting.Compat.Tests.Fixtures;

/// <summary>A one-class Cobertura file: enough input for ReportGenerator to write a report.</summary>
internal static class CoverageFile
{
    public static string WriteIn(string folder)
    {
        var path = Path.Combine(folder, "coverage.cobertura.xml");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <coverage line-rate="1" branch-rate="1" lines-covered="1" lines-valid="1" branches-covered="0" branches-valid="0" version="1.9" timestamp="1">
              <sources><source>/src</source></sources>
              <packages><package name="Demo" line-rate="1" branch-rate="1"><classes>
                <class name="Demo.Greeter" filename="Greeter.cs" line-rate="1" branch-rate="1">
                  <methods/><lines><line number="1" hits="3"/></lines>
                </class>
              </classes></package></packages>
            </coverage>
            """);
        return path;
    }
}
