package de.quartier.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (Deque) run in the browser on one page at a time, restricted to the WCAG 2.0 and 2.1
 * level A and AA rules. The axe script comes from the axe-core Selenium jar; nothing is fetched
 * from the network.
 */
public final class AccessibilityCheck {
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One failed rule on one page, with the CSS selectors of the offending elements. */
    public record Violation(String page, String ruleId, String impact, List<String> targets, String help, String helpUrl) {
        @Override
        public String toString() {
            return page + ": " + ruleId + " (" + impact + "): " + help + " " + targets + " <" + helpUrl + ">";
        }
    }

    private final WebDriver driver;

    public AccessibilityCheck(WebDriver driver) {
        this.driver = driver;
    }

    /** Loads {@code url} and returns axe's violations there; {@code name} labels them. */
    public List<Violation> check(URI url, String name) {
        driver.get(url.toString());
        return checkCurrentPage(name);
    }

    /** axe's violations on the page as it is now (e.g. after a map was loaded). */
    public List<Violation> checkCurrentPage(String name) {
        String url = driver.getCurrentUrl();
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored())
            throw new IllegalStateException("axe-core failed on " + url + ": " + results.getErrorMessage());
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) targets.add(selector(node.getTarget()));
            violations.add(new Violation(name, rule.getId(), rule.getImpact(), List.copyOf(targets), rule.getHelp(), rule.getHelpUrl()));
        }
        return violations;
    }

    /** axe's target: a list of selectors, one per frame or shadow root on the way to the element. */
    private static String selector(Object target) {
        if (target instanceof List<?> parts) {
            List<String> each = new ArrayList<>();
            for (Object part : parts) each.add(selector(part));
            return String.join(" >>> ", each);
        }
        return String.valueOf(target);
    }
}
