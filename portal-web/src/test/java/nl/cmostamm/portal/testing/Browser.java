package nl.cmostamm.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven by Selenium, as a person would use the portal. Offline:
 * the driver path is given, so Selenium Manager never phones out. Waits are for conditions (the
 * page loaded, the PrimeFaces ajax queue empty, an element present), never for a fixed time.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private String portal;

    public Browser() {
        this(1280, 1000);
    }

    /**
     * A browser with the viewport of a small phone (360 by 740 CSS pixels, touch), as many
     * respondents use. A desktop window cannot be made that narrow, so Chromium emulates the device.
     */
    public static Browser phone() {
        return new Browser(360, 740);
    }

    /** A browser with the most common laptop width (1366 CSS pixels), for layout checks and screenshots. */
    public static Browser desktop() {
        return new Browser(1366, 900);
    }

    private Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--no-first-run",
                "--disable-extensions",
                "--window-size=" + width + "," + height,
                "--lang=nl-NL",
                "--user-data-dir=" + profile);
        if (width < 500) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics",
                            java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // a page that is replaced while a condition reads it is simply read again
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** The portal this browser opens pages of: the shared test server unless {@link #at} said otherwise. */
    private String baseUrl() {
        return portal == null ? TestEnvironment.baseUrl() : portal;
    }

    /** Opens pages of the portal at {@code baseUrl} (a cluster's proxy, one of its nodes) from now on. */
    public Browser at(String baseUrl) {
        this.portal = baseUrl;
        return this;
    }

    public Browser open(String path) {
        driver.get(baseUrl() + path);
        awaitQuiet();
        return this;
    }

    public Browser logIn(String email, String password) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        // the login form posts the whole page: wait for the old page to go, whatever the outcome
        WebElement page = driver.findElement(By.tagName("html"));
        click("login:submit");
        wait.until(ExpectedConditions.stalenessOf(page));
        awaitQuiet();
        return this;
    }

    /** Opens a one-time link (the portal's own absolute URL) and chooses {@code password} on it. */
    public Browser choosePassword(String link, String password) {
        driver.get(link);
        awaitQuiet();
        type("password:password", password);
        type("password:repeat", password);
        click("password:submit");
        return this;
    }

    public WebElement element(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Browser type(String id, String text) {
        awaitQuiet();
        WebElement input = element(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Types a date into a PrimeFaces date picker ({@code id} of its input) over the date already in
     * it, as a person does: select all, type. (Clearing first would let the picker restore its old
     * date when the emptied field loses focus.)
     */
    public Browser typeDate(String id, String date) {
        element(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), date);
        return this;
    }

    /** Chooses a file for a file input; the path must be on this machine. */
    public Browser chooseFile(String id, Path file) {
        element(id).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Clicks and waits until the resulting page load or ajax update has finished. */
    public Browser click(String id) {
        awaitQuiet();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        awaitQuiet();
        return this;
    }

    /**
     * Chooses {@code label} in the PrimeFaces select menu {@code menuId} as a user does: opens it and
     * clicks the item once the panel has finished sliding open (on a loaded machine a click during
     * the slide lands where the item no longer is, and is lost), then checks the menu shows it.
     */
    public Browser choose(String menuId, String label) {
        awaitQuiet();
        driver.findElement(By.cssSelector("#" + menuId.replace(":", "\\:") + " .ui-selectonemenu-trigger"))
                .click();
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[normalize-space(.)='" + label + "']");
        awaitTrue(() -> driver.findElement(item).isDisplayed());
        awaitQuiet();
        driver.findElement(item).click();
        awaitQuiet();
        try {
            awaitTrue(() ->
                    label.equals(driver.findElement(By.id(menuId + "_label")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the menu " + menuId + " does not show " + label + " after choosing it", e);
        }
        return this;
    }

    /**
     * Whether the page is no wider than the screen. Compared with the layout viewport's width
     * ({@code clientWidth}), not {@code innerWidth}: a phone zooms out to show a page that is too
     * wide, and then {@code innerWidth} grows with it.
     */
    public boolean fitsTheScreen() {
        List<?> widths = widths();
        return ((Long) widths.get(0)) <= ((Long) widths.get(1));
    }

    /**
     * The page's width and the screen's ({@link #fitsTheScreen()}), then the first elements that
     * stick out: for a message that says by how much, and where.
     */
    public List<?> widths() {
        return (List<?>)
                script(
                        "const root = document.documentElement, w = root.clientWidth;"
                                + " return [root.scrollWidth, w].concat([...document.querySelectorAll('body *')]"
                                + ".filter(e => e.getBoundingClientRect().right > w + 1 && e.getBoundingClientRect().width > 0)"
                                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)))");
    }

    public String text(String id) {
        return element(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * Waits until the page has loaded, PrimeFaces has no ajax request in flight and nothing is
     * still fading in or out (a select menu's list that is still appearing has no visible text yet,
     * one that is still disappearing takes the next click). Endless animations such as spinners
     * do not count.
     */
    public void awaitQuiet() {
        wait.until(d -> "complete".equals(script("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(script("""
                return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                    && (!window.jQuery || jQuery(':animated').length === 0)
                    && (!document.getAnimations || document.getAnimations().filter(a => a.playState === 'running'
                        && !(a.effect && a.effect.getTiming().iterations === Infinity)).length === 0);""")));
    }

    /**
     * Waits until the page shows {@code text}. While a redirect replaces the page, Chromium may
     * answer a read of the old body with "node does not belong to the document": that read is
     * simply made again, like a stale element.
     */
    public void awaitText(String text) {
        try {
            wait.until(d -> {
                try {
                    return pageText().contains(text);
                } catch (org.openqa.selenium.WebDriverException replaced) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" did not appear; the page shows:\n" + pageText(), e);
        }
    }

    /** Waits until an action's redirect has arrived at {@code path} and the page has loaded. */
    public Browser awaitPath(String path) {
        wait.until(d -> path().equals(path));
        awaitQuiet();
        return this;
    }

    /** Waits until {@code condition} holds, such as an ajax update having replaced a table. */
    public void awaitTrue(java.util.function.BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    public void screenshot(Path file) throws IOException {
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The whole page, not only the visible part, as a PNG under {@code target/screenshots} (for a
     * person to look at after a run); returns the file.
     */
    public Path screenshotFullPage(String name) throws IOException {
        java.util.List<?> size = (java.util.List<?>)
                script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        java.util.Map<String, Object> shot = ((org.openqa.selenium.chromium.HasCdp) driver)
                .executeCdpCommand(
                        "Page.captureScreenshot",
                        java.util.Map.of(
                                "format",
                                "png",
                                "captureBeyondViewport",
                                true,
                                "clip",
                                java.util.Map.of(
                                        "x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1)));
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = folder.resolve(name + ".png");
        Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
