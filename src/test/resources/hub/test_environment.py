"""The files hubs[].environment puts in hubs and user servers, exercised with stubs.

components/hub/templates/page.html is rendered by Jinja as JupyterHub 5 loads templates (a "templates/"
prefix for its own, JupyterHub.template_paths searched first, autoescape on) over a stand-in for
JupyterHub's page.html with the blocks it overrides. components/hub/singleuser/ipython_config.py is run
as traitlets runs a config file, with a stub for `c`.
"""
import os
import unittest

COMPONENT = os.environ["HUBFLEET_HUB_COMPONENT"]

# JupyterHub 5's page.html, reduced to the blocks hubfleet's page replaces (share/jupyterhub/templates/page.html).
BASE = """<title>{% block title %}JupyterHub{% endblock %}</title>
<nav>{% block logo %}<a href="{{logo_url or base_url}}"><img src='{{base_url}}logo'/></a>{% endblock %}</nav>
{% block main %}{% endblock %}
{% block footer %}<div id="upstream-footer"></div>{% endblock %}"""


class Stub:
    def __getattr__(self, name):
        value = Stub()
        object.__setattr__(self, name, value)
        return value


class IPythonConfigTest(unittest.TestCase):
    def test_history_goes_to_the_local_disk(self):
        c = Stub()
        path = os.path.join(COMPONENT, "singleuser", "ipython_config.py")
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), {"c": c, "get_config": lambda: c})
        hist = c.HistoryManager.hist_file
        self.assertTrue(hist.startswith("/tmp/"), hist)
        self.assertFalse(hist.startswith("/home/"), hist)


class PageTemplateTest(unittest.TestCase):
    def setUp(self):
        try:
            import jinja2
        except ImportError:
            self.skipTest("jinja2 is not installed")
        self.jinja2 = jinja2
        # As JupyterHub's app.py builds it: its own templates behind "templates/", the custom paths first.
        loader = jinja2.ChoiceLoader([
            jinja2.PrefixLoader({"templates": jinja2.DictLoader({"page.html": BASE})}, "/"),
            jinja2.FileSystemLoader([os.path.join(COMPONENT, "templates")]),
        ])
        self.env = jinja2.Environment(loader=loader, autoescape=True)

    def render(self, **variables):
        return self.env.get_template("page.html").render(base_url="/hub/", **variables)

    def test_the_community_replaces_jupyterhubs_title_and_logo(self):
        html = self.render(hubfleet_name="Ocean Lab", hubfleet_logo_url="https://ocean.example.org/logo.png",
                           hubfleet_links=[], hubfleet_support=None)
        self.assertIn("<title>Ocean Lab</title>", html)
        self.assertIn('<img src="https://ocean.example.org/logo.png" alt="Ocean Lab"', html)
        self.assertIn('<a href="/hub/">', html)
        self.assertNotIn("<footer", html)
        self.assertIn('<div id="upstream-footer"></div>', html, "super() keeps JupyterHub's footer")

    def test_without_a_logo_jupyterhubs_stays(self):
        html = self.render(hubfleet_name="Ocean Lab", hubfleet_links=[])
        self.assertIn('<img src="/hub/logo"', html)
        self.assertIn("Ocean Lab", html)

    def test_links_and_support_in_the_footer(self):
        html = self.render(hubfleet_name="Ocean Lab",
                           hubfleet_links=[{"text": "Docs", "url": "https://docs.example.org"},
                                           {"text": "Status", "url": "https://status.example.org"}],
                           hubfleet_support="help@example.org", hubfleet_support_href="mailto:help@example.org")
        self.assertIn('<a href="https://docs.example.org" rel="noopener">Docs</a> &middot;', html)
        self.assertIn('<a href="https://status.example.org" rel="noopener">Status</a>', html)
        self.assertIn('Help: <a href="mailto:help@example.org">help@example.org</a>', html)

    def test_values_from_the_stack_file_are_text_not_markup(self):
        html = self.render(hubfleet_name="<script>alert(1)</script>", hubfleet_links=[
            {"text": "<b>x</b>", "url": "https://e.example.org/\"onmouseover=\"alert(1)"}])
        self.assertNotIn("<script>alert(1)", html)
        self.assertIn("&lt;script&gt;", html)
        self.assertNotIn("<b>x</b>", html)
        self.assertNotIn('"onmouseover="', html)


if __name__ == "__main__":
    unittest.main()
