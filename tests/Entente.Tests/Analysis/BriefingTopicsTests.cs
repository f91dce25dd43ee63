using Entente.Analysis;

namespace Entente.Tests.Analysis;

public sealed class BriefingTopicsTests
{
    [Theory]
    [InlineData("042", BriefingTopic.Diplomatic)]
    [InlineData("051", BriefingTopic.Diplomatic)]
    [InlineData("0311", BriefingTopic.Economic)]
    [InlineData("061", BriefingTopic.Economic)]
    [InlineData("163", BriefingTopic.Economic)]
    [InlineData("062", BriefingTopic.Military)]
    [InlineData("072", BriefingTopic.Military)]
    [InlineData("195", BriefingTopic.Military)]
    [InlineData("138", BriefingTopic.Military)]
    [InlineData("111", BriefingTopic.Conflict)]
    [InlineData("141", BriefingTopic.Conflict)]
    [InlineData("09", BriefingTopic.Conflict)]
    public void CodesGoToTheirSection(string cameo, BriefingTopic topic) => BriefingTopics.Of(cameo).ShouldBe(topic);

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("4x")]
    [InlineData("04211")]
    public void WhatIsNotACameoCodeIsRefused(string cameo) => Should.Throw<ArgumentException>(() => BriefingTopics.Of(cameo));
}
