/** Formatting shared by the pages: ether amounts and countdowns as people read them. */
package io.rolluplab.web.view;
