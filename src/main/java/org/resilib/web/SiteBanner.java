package org.resilib.web;

/**
 * What the layout shows above every page besides the page itself (the declared emergency, current notices), as the
 * feature that keeps it answers for the current request. Pages kept to be served again ({@link RenderedPages},
 * {@link PersonalPages}) add {@link #shown()} to their keys, so a render never outlives its banner.
 */
public interface SiteBanner {

    /** A value that is equal for two requests exactly when their banners are alike (compared by value). */
    Object shown();
}
