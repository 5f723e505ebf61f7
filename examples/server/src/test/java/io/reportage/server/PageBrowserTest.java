package io.reportage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.Quote;
import io.reportage.SharedFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium, driven through its stable hooks: it shows what the
 * service found, filters by speaker, and says in words what went wrong. Skipped, with a message,
 * where Chromium and its driver are not installed (Debian: apt-get install chromium chromium-driver).
 */
class PageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Small, so that a pasted article can go over it and show the service's refusal. */
  private static final long MAX_BYTES = 64 * 1024;

  private static TestServer server;
  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      return;
    }
    server = TestServer.start(TestServer.options().withMaxBytes(MAX_BYTES), TestServer.extractor()::analyze);
    profile = Files.createTempDirectory("reportage-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-sync", "--user-data-dir=" + profile,
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1", "--window-size=1280,1000");
    // The driver is named explicitly, so Selenium never looks for one on the network.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void needsChromium() {
    assumeTrue(browser != null, "Skipped: the page tests need " + CHROMIUM + " and " + DRIVER
        + " (Debian: apt-get install chromium chromium-driver)");
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(server.uri("/").toString());
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  /** Puts the text into the article box as a paste would, without typing it key by key. */
  private static void paste(String text) {
    WebElement article = browser.findElement(By.cssSelector("textarea#article"));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", article, text);
  }

  private static void analyze() {
    browser.findElement(By.cssSelector("button#analyze")).click();
  }

  private static void waitForResult() {
    waiting().until(driver -> driver.findElement(By.id("result")).isDisplayed());
  }

  private static void screenshot(String name) throws IOException {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String seed() {
    return SharedFiles.read(Articles.SEED);
  }

  @Test
  void theSeedArticleShowsItsQuotesSpeakersAndEvents() throws IOException {
    String text = seed();
    Analysis expected = TestServer.extractor().analyze(text);
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.violations = []; document.addEventListener('securitypolicyviolation',"
        + " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
    paste(text);
    analyze();
    waitForResult();

    List<WebElement> listed = browser.findElements(By.cssSelector("#quotes li[data-quote-id]"));
    assertEquals(expected.quotes().size(), listed.size(), "every quote is listed");
    Set<String> inText = browser.findElements(By.cssSelector("#text [data-quote-id]")).stream()
        .map(e -> e.getAttribute("data-quote-id")).collect(Collectors.toSet());
    assertTrue(inText.size() >= expected.quotes().size() - 1, "the quotes are marked in the text: " + inText);
    for (WebElement quote : browser.findElements(By.cssSelector("#text [data-quote-id]"))) {
      Quote source = expected.quote(quote.getAttribute("data-quote-id")).orElseThrow();
      assertEquals(source.speaker() == null ? null : source.speaker(), quote.getAttribute("data-speaker-id"));
      assertTrue(text.substring(source.start(), source.end()).startsWith(quote.getText().strip().substring(0, 1)));
    }

    String speakers = browser.findElement(By.id("speakers")).getText();
    for (String name : List.of("Peskov", "Ushakov", "Trump")) {
      assertTrue(speakers.contains(name), name + " is in the speakers panel: " + speakers);
    }
    List<WebElement> events = browser.findElements(By.cssSelector("#events [data-event-id]"));
    assertEquals(expected.events().size(), events.size(), "every event is listed");
    String firstEvent = events.get(0).getText();
    assertTrue(firstEvent.contains(expected.events().get(0).trigger().text()), firstEvent);
    assertEquals(expected.headline().text(), browser.findElement(By.cssSelector("#text .headline")).getText());
    assertTrue(browser.findElement(By.id("status")).getText().contains(expected.quotes().size() + " quotes"));
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(browser.findElement(By.cssSelector("#text [data-quote-id]"))).perform();
    waiting().until(driver -> driver.findElement(By.id("tooltip")).isDisplayed());
    assertEquals(List.of(), script.executeScript("return window.violations;"),
        "nothing the page does is blocked by its content security policy");
    screenshot("page-seed.png");
    scrollTo("#result");
    screenshot("page-seed-result.png");
    scrollTo("#events");
    screenshot("page-seed-events.png");
  }

  private static void scrollTo(String selector) {
    ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});",
        selector);
  }

  @Test
  void boilerplateIsGreyedOutAndMarkedByKind() throws IOException {
    Articles.Article article = Articles.examples().stream().filter(a -> a.name().equals("library-budget-boilerplate.txt"))
        .findFirst().orElseThrow();
    Analysis expected = TestServer.extractor().analyze(article.text());
    assertFalse(expected.boilerplate().isEmpty(), "the example has boilerplate");
    paste(article.text());
    analyze();
    waitForResult();
    List<WebElement> parts = browser.findElements(By.cssSelector("#text .boilerplate[data-kind]"));
    assertEquals(expected.boilerplate().size(), parts.size());
    for (int i = 0; i < parts.size(); i++) {
      assertEquals(expected.boilerplate().get(i).kind().name(), parts.get(i).getAttribute("data-kind"));
      assertTrue(parts.get(i).findElements(By.cssSelector("[data-quote-id]")).isEmpty(), "no quote in boilerplate");
    }
    assertEquals(expected.source().text(), browser.findElement(By.cssSelector("#text .source")).getText());
    scrollTo(".boilerplate-block");
    screenshot("page-boilerplate.png");
  }

  @Test
  void choosingASpeakerShowsOnlyTheirQuotes() throws IOException {
    String text = seed();
    Analysis expected = TestServer.extractor().analyze(text);
    Entity peskov = expected.entities().stream().filter(e -> "Dmitry Peskov".equals(e.name())).findFirst().orElseThrow();
    long peskovQuotes = expected.quotes().stream().filter(q -> peskov.id().equals(q.speaker())).count();
    paste(text);
    analyze();
    waitForResult();

    browser.findElement(By.cssSelector("#speakers .speaker[data-speaker-id='" + peskov.id() + "']")).click();
    List<WebElement> shown = browser.findElements(By.cssSelector("#quotes li[data-quote-id]")).stream()
        .filter(WebElement::isDisplayed).toList();
    assertEquals(peskovQuotes, shown.size(), "only Peskov's quotes are listed");
    for (WebElement item : shown) {
      assertEquals(peskov.id(), item.getAttribute("data-speaker-id"));
    }
    for (WebElement quote : browser.findElements(By.cssSelector("#text [data-quote-id]"))) {
      boolean his = peskov.id().equals(quote.getAttribute("data-speaker-id"));
      assertEquals(!his, quote.getAttribute("class").contains("muted"), "others' quotes are muted in the text");
    }
    screenshot("page-speaker.png");

    browser.findElement(By.cssSelector("#speakers .speaker.all")).click();
    long all = browser.findElements(By.cssSelector("#quotes li[data-quote-id]")).stream().filter(WebElement::isDisplayed).count();
    assertEquals(expected.quotes().size(), all, "all quotes again");
  }

  @Test
  void focusingAQuoteShowsItsSpeakerCueRuleAndConfidence() {
    String text = seed();
    paste(text);
    analyze();
    waitForResult();
    WebElement quote = browser.findElement(By.cssSelector("#text [data-quote-id][data-speaker-id]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", quote);
    WebElement tooltip = browser.findElement(By.id("tooltip"));
    waiting().until(driver -> tooltip.isDisplayed());
    String shown = tooltip.getText();
    for (String label : List.of("Speaker", "Cue", "Rule", "Confidence")) {
      assertTrue(shown.contains(label), "the tooltip shows " + label + ": " + shown);
    }
  }

  @Test
  void anEmptyArticleGetsAMessageAndNoRequest() {
    paste("   \n  ");
    analyze();
    String status = browser.findElement(By.id("status")).getText();
    assertTrue(status.contains("Paste an article"), status);
    assertFalse(browser.findElement(By.id("result")).isDisplayed());
  }

  @Test
  void aRefusalFromTheServiceIsShownInWords() {
    paste("Too long. ".repeat((int) (MAX_BYTES / 10) + 100));
    analyze();
    waiting().until(driver -> driver.findElement(By.id("status")).getText().contains("413"));
    String status = browser.findElement(By.id("status")).getText();
    assertTrue(status.contains("larger than the limit"), status);
    assertTrue(browser.findElement(By.id("status")).getAttribute("class").contains("error"));
  }

  @Test
  void anExampleArticleCanBePickedAndAnalysed() throws IOException {
    Articles.Article ceasefire = Articles.examples().stream().filter(a -> a.name().equals("ceasefire-call.txt"))
        .findFirst().orElseThrow();
    Select examples = new Select(waiting().until(driver -> {
      WebElement select = driver.findElement(By.id("example"));
      return select.findElements(By.tagName("option")).size() > 1 ? select : null;
    }));
    examples.selectByValue("ceasefire-call");
    waiting().until(driver -> ceasefire.text().equals(driver.findElement(By.id("article")).getAttribute("value")));
    analyze();
    waitForResult();
    Analysis expected = TestServer.extractor().analyze(ceasefire.text());
    assertEquals(expected.events().size(), browser.findElements(By.cssSelector("#events [data-event-id]")).size());
    Set<String> ids = new HashSet<>();
    browser.findElements(By.cssSelector("#text [data-quote-id]")).forEach(e -> ids.add(e.getAttribute("data-quote-id")));
    assertFalse(ids.isEmpty());
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("page-phone.png");
  }
}
