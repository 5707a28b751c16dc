package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageFilterTest {
    private final PageFilter awstats = new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS);

    @Test
    void aStylesheetIsAnAsset() {
        assertFalse(awstats.isPage("/static/site.css"));
    }

    @Test
    void anExtensionIsAnAssetInAnyCase() {
        assertFalse(awstats.isPage("/img/Logo.PNG"));
    }

    @Test
    void aQueryStringDoesNotHideTheExtension() {
        assertFalse(awstats.isPage("/app.js?v=3"));
    }

    @Test
    void anHtmlFileIsAPage() {
        assertTrue(awstats.isPage("/docs/index.html"));
    }

    @Test
    void aPathWithoutExtensionIsAPage() {
        assertTrue(awstats.isPage("/blog/hello-world"));
    }

    @Test
    void aDotInADirectoryIsNoExtension() {
        assertTrue(awstats.isPage("/v1.css/list"));
    }

    @Test
    void theRootIsAPage() {
        assertTrue(awstats.isPage("/"));
    }

    @Test
    void theAssetListIsConfigurable() {
        PageFilter pdfsAreAssets = new PageFilter(Set.of("PDF"));

        assertFalse(pdfsAreAssets.isPage("/report.pdf"));
        assertTrue(pdfsAreAssets.isPage("/site.css"));
    }
}
