package org.gcmkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The validation page in a real headless Chromium (Debian's chromium and chromium-driver, driven by
 * Selenium): a valid file with its downloads, an invalid JSON file in French, an invalid CSV
 * package in Arabic, and a large file whose first problems show while it is checked. Screenshots
 * are kept under {@code target/serve-screenshots}. Skipped when Chromium is not installed, unless
 * {@code GCM_REQUIRE_BROWSER} is set (as {@code .ci/run} does after installing it), when it fails
 * instead.
 */
@Timeout(180)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/serve-screenshots");

  private static ValidationServer server;

  @TempDir Path dir;
  @TempDir Path downloads;

  private ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!installed && System.getenv("GCM_REQUIRE_BROWSER") != null) {
      fail("GCM_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + DRIVER + " is missing");
    }
    assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
    server =
        ValidationServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Limits.DEFAULT);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        "--user-data-dir=" + dir.resolve("profile"));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebElement check(String language, Path file) {
    return check(server, language, file);
  }

  private WebElement check(ValidationServer on, String language, Path file) {
    browser.get(on.uri().toString());
    new Select(browser.findElement(By.id("language"))).selectByValue(language);
    browser.findElement(By.id("file")).sendKeys(file.toString());
    browser.findElement(By.id("check")).click();
    WebElement banner = browser.findElement(By.id("banner"));
    if (on == server) {
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .until(d -> !banner.getText().isEmpty() && banner.isDisplayed());
    }
    return banner;
  }

  @Test
  void keyboardAlone_tabReachesEachControlEnterChecksAndFocusLandsOnTheResult() throws Exception {
    Path file = Files.write(dir.resolve("bad.json"), ServeHttpTest.invalidJson());
    browser.get(server.uri().toString());

    List<String> order = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      press(Keys.TAB);
      order.add(browser.switchTo().activeElement().getAttribute("id"));
    }
    assertThat(order).containsExactly("language", "file", "check");

    // The system's file dialog, which a headless browser has not, stands in for the choice.
    browser.findElement(By.id("file")).sendKeys(file.toString());
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("check");
    press(Keys.ENTER);
    WebElement banner = browser.findElement(By.id("banner"));
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> banner.isDisplayed());
    assertThat(banner.getText()).isEqualTo("bad.json is not valid");
    assertThat(browser.switchTo().activeElement()).isEqualTo(banner);
    press(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("download-report");
  }

  /** Presses a key as a keyboard would: on whatever has the focus. */
  private void press(Keys key) {
    new Actions(browser).sendKeys(key).perform();
  }

  @Test
  void largeFile_firstProblemsAndProgressWhileChecking_thenTheTimeLimitsMessage() throws Exception {
    // Three million records (some 230 MB): on JDK 25 a million were checked within the 4 s limit
    // once texts of one language became cheaper, and the limit was never reached.
    Path file = ServeHttpTest.bigJsonLines(dir, 3_000_000);
    try (ValidationServer strict =
        ValidationServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            new Limits(512L * 1024 * 1024, Duration.ofSeconds(60), Duration.ofSeconds(4)))) {
      check(strict, "en", file);

      WebElement first = browser.findElement(By.id("first-problems"));
      WebElement detail = browser.findElement(By.id("progress-detail"));
      WebElement results = browser.findElement(By.id("results"));
      // While the check goes on: the first record's problem and how far it has come, no result.
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .until(d -> first.isDisplayed() && detail.getText().startsWith("Checking:"));
      assertThat(results.isDisplayed()).isFalse();
      assertThat(browser.findElement(By.id("failure")).isDisplayed()).isFalse();
      assertThat(first.findElement(By.cssSelector("li .message")).getText())
          .startsWith("country-code.unknown");
      assertThat(first.findElement(By.cssSelector("li .place")).getText())
          .contains("big.jsonl", "line 2");
      assertThat(detail.getText()).matches("Checking: \\d+% read, [\\d,]+ records");
      screenshot("large-jsonl-checking");

      WebElement failure = browser.findElement(By.id("failure"));
      new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> failure.isDisplayed());
      assertThat(failure.getText())
          .startsWith("The file could not be checked")
          .contains("within 4 s", "--max-check-seconds");
      // What was found before the limit stays on the page.
      assertThat(first.isDisplayed()).isTrue();
      screenshot("large-jsonl-stopped");
    }
  }

  private void screenshot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void validJson_validBannerAndItsDownloads() throws Exception {
    Path file = Files.copy(ServeHttpTest.BASE, dir.resolve("base.json"));

    WebElement banner = check("en", file);

    assertThat(banner.getText()).isEqualTo("base.json is valid");
    assertThat(banner.getAttribute("class")).isEqualTo("valid");
    assertThat(browser.findElement(By.id("counts")).getText()).isEqualTo("0 errors, 0 warnings");
    assertThat(browser.switchTo().activeElement()).isEqualTo(banner);
    screenshot("valid-json");

    browser.findElement(By.id("download-report")).click();
    browser.findElement(By.id("download-zip")).click();
    Path report = downloads.resolve("base.report.json");
    Path zip = downloads.resolve("base.zip");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> Files.exists(report) && Files.exists(zip) && !partial());
    assertThat(Files.readString(report)).contains("\"valid\": true");
    Dataset expected = GcmJson.create().readDataset(ServeHttpTest.BASE).getValue().orElseThrow();
    assertThat(GcmCsv.create().readDataset(zip).getValue()).hasValue(expected);
  }

  private boolean partial() {
    try (var files = Files.list(downloads)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void invalidJson_inFrench_theValueMarkedInItsLines() throws Exception {
    Path file = Files.write(dir.resolve("bad.json"), ServeHttpTest.invalidJson());

    WebElement banner = check("fr", file);

    assertThat(banner.getText()).isEqualTo("bad.json n’est pas valide");
    assertThat(browser.findElement(By.id("counts")).getText()).endsWith("0 avertissements");
    assertThat(browser.findElement(By.cssSelector("#errors .message")).getText())
        .startsWith("on attendait");
    assertThat(browser.findElement(By.cssSelector("#errors pre.lines mark")).getText())
        .isEqualTo("\"ZZ\"");
    assertThat(browser.findElement(By.cssSelector("#errors .group h4")).getText())
        .startsWith("country-code.unknown");
    assertThat(browser.findElements(By.id("download-json"))).isEmpty();
    // Every line around the problem in sight: the short lines of base.json need no scrolling.
    assertThat(
            browser.executeScript(
                "const pre = document.querySelector('#errors pre.lines');"
                    + " return [pre.scrollWidth <= pre.clientWidth,"
                    + " pre.innerText.split('\\n').filter(l => l.trim()).length];"))
        .isEqualTo(List.of(true, 5L));
    screenshot("invalid-json-fr");
  }

  @Test
  void invalidCsvPackage_inArabic_rightToLeftWithTheBadCellHighlighted() throws Exception {
    Path file = Files.write(dir.resolve("package.zip"), ServeHttpTest.invalidPackageZip(dir));

    WebElement banner = check("ar", file);

    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(banner.getText()).isEqualTo("package.zip غير صالح");
    assertThat(browser.findElement(By.cssSelector("#errors .message")).getText())
        .startsWith("كان المتوقع");
    WebElement cell = browser.findElement(By.cssSelector("#errors table.row td.bad"));
    assertThat(cell.getText()).startsWith("ZZ");
    // The place reads right to left in Arabic words, each value isolated left to right.
    WebElement place = browser.findElement(By.cssSelector("#errors .place"));
    assertThat(place.getAttribute("dir")).isNullOrEmpty();
    assertThat(place.getText()).startsWith("الملف ").contains("، ");
    assertThat(place.findElements(By.cssSelector("bdi[dir=ltr]")))
        .extracting(WebElement::getText)
        .contains("actors.csv", "/actors/1/country");
    screenshot("invalid-csv-ar");
  }
}
