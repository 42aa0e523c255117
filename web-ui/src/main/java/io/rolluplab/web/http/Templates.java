package io.rolluplab.web.http;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates under {@code templates/} on the class path (inside the jar). Pages
 * share {@code templates/layout.html}'s fragments (head, header with the navigation, footer).
 */
public final class Templates {
  private final TemplateEngine engine = new TemplateEngine();

  public Templates() {
    final ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    engine.setTemplateResolver(resolver);
    // the lab is served at the root, so a link @{/l1/block/{n}(n=${number})} needs no servlet context
    engine.setLinkBuilder(new StandardLinkBuilder() {
      @Override
      protected String computeContextPath(final IExpressionContext context, final String base,
          final Map<String, Object> parameters) {
        return "";
      }
    });
  }

  /** The page {@code name}.html with {@code variables}; {@code th:text} escapes every value. */
  public String render(final String name, final Map<String, Object> variables) {
    return engine.process(name, new Context(null, variables));
  }
}
