using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

public sealed class BoilerplateCleanerTests
{
    [Theory]
    // Empty datelines
    [InlineData("Posted on", RemovalRule.EmptyDateline)]
    [InlineData("Published:", RemovalRule.EmptyDateline)]
    [InlineData("Last updated", RemovalRule.EmptyDateline)]
    // Share prompts
    [InlineData("You can share this story on social media:", RemovalRule.SharePrompt)]
    [InlineData("Share this article", RemovalRule.SharePrompt)]
    [InlineData("Share on Facebook", RemovalRule.SharePrompt)]
    [InlineData("Share:", RemovalRule.SharePrompt)]
    [InlineData("Please share this story with your friends", RemovalRule.SharePrompt)]
    // Follow prompts
    [InlineData("Follow us on Twitter", RemovalRule.FollowPrompt)]
    [InlineData("Follow RT on Telegram", RemovalRule.FollowPrompt)]
    [InlineData("Like us on Facebook and follow us on Instagram", RemovalRule.FollowPrompt)]
    [InlineData("Join us on Telegram", RemovalRule.FollowPrompt)]
    // Promotions of other articles
    [InlineData("READ MORE: France ends military mission in former colony", RemovalRule.ReadMorePromotion)]
    [InlineData("Also read - Niger coup leaders close airspace", RemovalRule.ReadMorePromotion)]
    [InlineData("Related: Chad's president dies on front line", RemovalRule.ReadMorePromotion)]
    [InlineData("See also: the Sahel's long war", RemovalRule.ReadMorePromotion)]
    [InlineData("Read more", RemovalRule.ReadMorePromotion)]
    // Newsletter calls to action
    [InlineData("Sign up for our daily newsletter", RemovalRule.NewsletterPrompt)]
    [InlineData("Subscribe to our Africa briefing, delivered to your inbox every morning", RemovalRule.NewsletterPrompt)]
    [InlineData("Get the best of our journalism in your inbox", RemovalRule.NewsletterPrompt)]
    // Commercial spam, alone or glued to a prompt: the whole line goes
    [InlineData("Follow RT on Smm Panel is the best and cheapest smm reseller panel Buy Facebook Verified badge for instant Instagram likes and followers", RemovalRule.CommercialSpam)]
    [InlineData("Buy cheap Instagram followers and TikTok likes from the best SMM panel", RemovalRule.CommercialSpam)]
    [InlineData("Share this story! Online casino with free spins and no deposit bonus today", RemovalRule.CommercialSpam)]
    [InlineData("Read more: get 10,000 YouTube views instantly from our reseller panel services", RemovalRule.CommercialSpam)]
    public void BoilerplateBlock_IsRemovedUnderItsRule(string text, RemovalRule expected)
    {
        Assert.Equal(expected, BoilerplateCleaner.RuleFor(text));
    }

    [Theory]
    [InlineData("Following a 2021 military coup, Mali’s new government ordered the French to leave.")]
    [InlineData("Diop also asked the Security Council to prevent France from sending more weapons to extremist terrorist groups in Mali.")]
    [InlineData("Residents can follow the consultation and share their views at the town hall until Friday.")]
    [InlineData("Posted on a remote base in the north, the soldiers waited for orders.")]
    [InlineData("Share prices fell sharply in Paris after the announcement.")]
    [InlineData("Related groups have operated across the Sahel for a decade.")]
    [InlineData("Readers who share this view argue that the mission failed.")]
    [InlineData("The casino in Bamako was closed during the curfew.")]
    [InlineData("The ministry said it would follow up on the complaint.")]
    [InlineData("More details are expected when the council meets on Thursday.")]
    [InlineData("Her newsletter about the Sahel has thousands of readers in West Africa, who subscribe for its reporting from Bamako, Gao and Timbuktu on the war.")]
    [InlineData("Influencers buy followers and likes to look popular, the study found, a practice the platforms ban.")]
    public void AuthorsProse_IsKept(string text)
    {
        Assert.Null(BoilerplateCleaner.RuleFor(text));
    }

    [Theory]
    [InlineData("<p>Today the last part of these forces left. (More details)</p>", "Today the last part of these forces left.", "(More details)")]
    [InlineData("<p>The council will meet [Read more] on Friday.</p>", "The council will meet on Friday.", "[Read more]")]
    [InlineData("<p>France withdrew its troops (full story).</p>", "France withdrew its troops.", "(full story)")]
    public void LinkStubInsideParagraph_IsCutAndTheRestKept(string html, string kept, string stub)
    {
        var cleaned = BoilerplateCleaner.Clean(html);

        Assert.Equal([kept], cleaned.Paragraphs);
        Assert.Equal([new RemovedFragment(stub, RemovalRule.LinkStub)], cleaned.Removed);
    }

    [Theory]
    [InlineData("<p>Niger (which borders Mali) hosts a French base.</p>")]
    [InlineData("<p>The drones (more than 50 flights) crossed the border.</p>")]
    public void ParenthesesThatAreProse_AreKept(string html)
    {
        var cleaned = BoilerplateCleaner.Clean(html);

        Assert.Empty(cleaned.Removed);
        Assert.Single(cleaned.Paragraphs);
    }

    [Fact]
    public void Whitespace_IsNormalisedIncludingNoBreakSpaces()
    {
        var cleaned = BoilerplateCleaner.Clean("<p>  Mali’s  Sahel\u00a0region.\u00a0</p>");

        Assert.Equal(["Mali’s Sahel region."], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_KeepsParagraphOrderAndRecordsEachRemovalInOrder()
    {
        var cleaned = BoilerplateCleaner.Clean("""
            <p>Posted on</p>
            <p>First paragraph.</p>
            <p>READ MORE: Another story</p>
            <p>Second paragraph.</p>
            <p>Share this article</p>
            """);

        Assert.Equal(["First paragraph.", "Second paragraph."], cleaned.Paragraphs);
        Assert.Equal(
            [RemovalRule.EmptyDateline, RemovalRule.ReadMorePromotion, RemovalRule.SharePrompt],
            cleaned.Removed.Select(fragment => fragment.Rule));
    }

    [Fact]
    public void LongParagraphThatOpensLikeAPrompt_IsKept()
    {
        var text = "Share prices of French defence firms rose " + string.Join(" ", Enumerable.Repeat("as investors weighed the news", 6));

        Assert.Null(BoilerplateCleaner.RuleFor(text));
    }
}
