using Chatflows.Analytics;

namespace Chatflows.Tests.Analytics;

public sealed class AnalyticsCsvTests
{
    [Theory]
    [InlineData("Plain text", "Plain text")]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+31 20 123", "'+31 20 123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("", "")]
    public void Text_cells_are_quoted_when_needed_and_never_start_a_formula(string value, string expected) =>
        Assert.Equal(expected, AnalyticsCsv.Text(value));
}
