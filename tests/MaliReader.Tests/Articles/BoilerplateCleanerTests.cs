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
    [InlineData("- **Share this report**", RemovalRule.SharePrompt)]
    // Follow prompts: toward us, a page of ours, or a named network
    [InlineData("Follow us on Twitter", RemovalRule.FollowPrompt)]
    [InlineData("Follow RT on Telegram", RemovalRule.FollowPrompt)]
    [InlineData("Like us on Facebook and follow us on Instagram", RemovalRule.FollowPrompt)]
    [InlineData("Join us on Telegram", RemovalRule.FollowPrompt)]
    [InlineData("Follow us:", RemovalRule.FollowPrompt)]
    [InlineData("Follow us @sahelnews for more", RemovalRule.FollowPrompt)]
    [InlineData("Join our channel for daily updates", RemovalRule.FollowPrompt)]
    [InlineData("Find us on Instagram", RemovalRule.FollowPrompt)]
    // Promotions of other articles
    [InlineData("READ MORE: France ends military mission in former colony", RemovalRule.ReadMorePromotion)]
    [InlineData("Also read - Niger coup leaders close airspace", RemovalRule.ReadMorePromotion)]
    [InlineData("Related: Chad's president dies on front line", RemovalRule.ReadMorePromotion)]
    [InlineData("See also: the Sahel's long war", RemovalRule.ReadMorePromotion)]
    [InlineData("Read more", RemovalRule.ReadMorePromotion)]
    [InlineData("Don't miss: the drought in Niger", RemovalRule.ReadMorePromotion)]
    [InlineData("Don’t miss: the drought in Niger", RemovalRule.ReadMorePromotion)]
    [InlineData("Don‘t miss – the drought in Niger", RemovalRule.ReadMorePromotion)]
    [InlineData("Donʼt miss — the drought in Niger", RemovalRule.ReadMorePromotion)]
    [InlineData("Don`t miss: the drought in Niger", RemovalRule.ReadMorePromotion)]
    [InlineData("**Editor’s pick:** a week in Gao", RemovalRule.ReadMorePromotion)]
    // Newsletter calls to action
    [InlineData("Sign up for our daily newsletter", RemovalRule.NewsletterPrompt)]
    [InlineData("Subscribe to our Africa briefing, delivered to your inbox every morning", RemovalRule.NewsletterPrompt)]
    [InlineData("Get the best of our journalism in your inbox", RemovalRule.NewsletterPrompt)]
    [InlineData("Click here to subscribe to our newsletter", RemovalRule.NewsletterPrompt)]
    [InlineData("Tap the button below to join our mailing list", RemovalRule.NewsletterPrompt)]
    [InlineData("Never miss a story: sign up today", RemovalRule.NewsletterPrompt)]
    [InlineData("Don’t miss an update from the Sahel", RemovalRule.NewsletterPrompt)]
    // Ad-slot labels, alone in their block
    [InlineData("ADVERTISEMENT", RemovalRule.AdSlotLabel)]
    [InlineData("Advertisement", RemovalRule.AdSlotLabel)]
    [InlineData("Sponsored content", RemovalRule.AdSlotLabel)]
    [InlineData("Promoted stories", RemovalRule.AdSlotLabel)]
    [InlineData("Paid partnership", RemovalRule.AdSlotLabel)]
    [InlineData("Story continues below advertisement", RemovalRule.AdSlotLabel)]
    [InlineData("- Advertising -", RemovalRule.AdSlotLabel)]
    // A link stub alone
    [InlineData("(More details)", RemovalRule.LinkStub)]
    [InlineData("[Read more](https://example.org/story)", RemovalRule.LinkStub)]
    // Commercial spam, alone or glued to a prompt: the whole line goes
    [InlineData("Follow RT on Smm Panel is the best and cheapest smm reseller panel Buy Facebook Verified badge for instant Instagram likes and followers", RemovalRule.CommercialSpam)]
    [InlineData("Buy cheap Instagram followers and TikTok likes from the best SMM panel", RemovalRule.CommercialSpam)]
    [InlineData("Share this story! Online casino with free spins and no deposit bonus today", RemovalRule.CommercialSpam)]
    [InlineData("Read more: get 10,000 YouTube views instantly from our reseller panel services", RemovalRule.CommercialSpam)]
    // Advert lines of offers from one family
    [InlineData("Play slots online ✓ 200 free spins ✓ instant withdrawal", RemovalRule.CommercialSpam)]
    [InlineData("Best odds on football • 100% deposit match • fast payouts", RemovalRule.CommercialSpam)]
    [InlineData("Real followers | Real likes | Delivery in 24 hours", RemovalRule.CommercialSpam)]
    [InlineData("✔ No prescription needed ✔ Cheap pills ✔ Discreet pharmacy shipping", RemovalRule.CommercialSpam)]
    [InlineData("Instant approval ★ Payday loans ★ Bad credit OK", RemovalRule.CommercialSpam)]
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
    // Prose that opens like a prompt, without what a prompt points to
    [InlineData("Like me, many traders in Gao stayed when the soldiers left.")]
    [InlineData("Like many on Facebook, she learned of the coup from a video.")]
    [InlineData("Join us at the table or stay out of the talks, the colonel told the rebels.")]
    [InlineData("Find us a way out, the villagers begged the soldiers.")]
    [InlineData("Follow me, the guide said, and keep to the path.")]
    [InlineData("Never miss a chance to question the army, the editor told her reporters.")]
    [InlineData("Don’t miss the point: the junta wants the French out.")]
    [InlineData("Subscribe, the imam said, to the peace the elders agreed.")]
    [InlineData("Share the burden, the minister urged the Sahel’s neighbours.")]
    // News about spam and gambling, in the voice of reporting
    [InlineData("Police in Lagos arrested five men who ran a ring that let clients buy fake Instagram followers and likes through an SMM panel.")]
    [InlineData("Prosecutors said the ring sold fake followers through an SMM panel to politicians across West Africa.")]
    [InlineData("Regulators said online casino adverts offering free spins reached children.")]
    // Labels inside prose and lists of things that are not offers
    [InlineData("Advertisement revenue fell by half after the coup.")]
    [InlineData("Sponsored by the EU, the programme trained 300 teachers in Mopti.")]
    [InlineData("Gao • Timbuktu • Kidal")]
    [InlineData("The odds • the bets • the stakes: how the junta gambles on Russia, in the words of one diplomat who left Bamako last year")]
    public void AuthorsProse_IsKept(string text)
    {
        Assert.Null(BoilerplateCleaner.RuleFor(text));
    }

    [Theory]
    [InlineData("Today the last part of these forces left. (More details)", "Today the last part of these forces left.", "(More details)")]
    [InlineData("France withdrew its troops (full story).", "France withdrew its troops.", "(full story)")]
    [InlineData("The council will meet on Friday [Read more]", "The council will meet on Friday", "[Read more]")]
    [InlineData("The letter was published. [Read more](https://example.org/letter)", "The letter was published.", "[Read more](https://example.org/letter)")]
    [InlineData("Troops reached the base at dawn (photo)", "Troops reached the base at dawn", "(photo)")]
    public void LinkStubAtTheEndOfABlock_IsCutAndPlaced(string block, string kept, string stub)
    {
        var cleaned = BoilerplateCleaner.Clean([block]);

        Assert.Equal([kept], cleaned.Paragraphs);
        var fragment = Assert.Single(cleaned.Removed);
        Assert.Equal(new RemovedFragment(stub, RemovalRule.LinkStub, 1, block.IndexOf(stub, StringComparison.Ordinal) - 1), fragment);
    }

    [Theory]
    [InlineData("Niger (which borders Mali) hosts a French base.")]
    [InlineData("The drones (more than 50 flights) crossed the border.")]
    [InlineData("Troops reached the base (photo) at dawn.")]
    [InlineData("The council will meet [Read more] on Friday.")]
    [InlineData("“France has [more] to answer for,” Diop wrote.")]
    [InlineData("“France has more to answer for [more]”")]
    [InlineData("He posted a picture(photo)")]
    public void BracketsInsideProse_AreKept(string block)
    {
        var cleaned = BoilerplateCleaner.Clean([block]);

        Assert.Empty(cleaned.Removed);
        Assert.Equal([block], cleaned.Paragraphs);
    }

    [Fact]
    public void Whitespace_IsNormalisedIncludingNoBreakSpaces()
    {
        var cleaned = BoilerplateCleaner.Clean(["  Mali’s  Sahel\u00a0region.\u00a0"]);

        Assert.Equal(["Mali’s Sahel region."], cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_KeepsParagraphOrderAndPlacesEachRemoval()
    {
        var cleaned = BoilerplateCleaner.Clean(["Posted on", "First paragraph.", "READ MORE: Another story", "Second paragraph. (More details)", "Share this article"]);

        Assert.Equal(["First paragraph.", "Second paragraph."], cleaned.Paragraphs);
        Assert.Equal(
            [
                new RemovedFragment("Posted on", RemovalRule.EmptyDateline, 1),
                new RemovedFragment("READ MORE: Another story", RemovalRule.ReadMorePromotion, 2),
                new RemovedFragment("(More details)", RemovalRule.LinkStub, 2, "Second paragraph.".Length),
                new RemovedFragment("Share this article", RemovalRule.SharePrompt, 3),
            ],
            cleaned.Removed);
    }

    [Fact]
    public void LongParagraphThatOpensLikeAPrompt_IsKept()
    {
        var text = "Share prices of French defence firms rose " + string.Join(" ", Enumerable.Repeat("as investors weighed the news", 6));

        Assert.Null(BoilerplateCleaner.RuleFor(text));
    }

    [Fact]
    public void HtmlBody_NestedListItemsKeepTheirOwnText()
    {
        var cleaned = BoilerplateCleaner.Clean("<ul><li>Point one<ul><li>sub point</li></ul></li></ul><h2>Heading</h2><blockquote>Quoted</blockquote><table><tr><td>Gao</td><td>12</td></tr></table>");

        Assert.Equal(["Point one", "sub point", "Heading", "Quoted", "Gao", "12"], cleaned.Paragraphs);
    }
}
