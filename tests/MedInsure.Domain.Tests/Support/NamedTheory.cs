using Xunit.Abstractions;
using Xunit.Sdk;

namespace MedInsure.Domain.Tests.Support;

/// <summary>
/// A theory whose rows are shown under their first argument alone (a rule case's name), not as
/// Method(name: "…"), so a policy expert reads the case list as written in policies/tests/.
/// </summary>
[XunitTestCaseDiscoverer("MedInsure.Domain.Tests.Support.NamedTheoryDiscoverer", "MedInsure.Domain.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NamedTheoryAttribute : TheoryAttribute;

public sealed class NamedTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        [new NamedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow)];
}

public sealed class NamedTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer only.")]
    public NamedTestCase()
    {
    }

    public NamedTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions,
        ITestMethod testMethod, object[] testMethodArguments)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod, testMethodArguments)
    {
    }

    protected override void Initialize()
    {
        base.Initialize();
        if (TestMethodArguments is [string name, ..] && !string.IsNullOrWhiteSpace(name))
            DisplayName = name;
    }
}
