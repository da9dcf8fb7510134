//! The FPGA integration documents against the synthesizable top they describe: every port
//! a constraints file names (`hw/top/*.xdc`, `hw/top/*.lpf`) exists in `pcie_iommu_top`, and
//! the port and parameter tables of `hw/top/README.md` list every port (direction and width)
//! and every parameter of it, and nothing else.
//!
//! The top is found through `hw/rtl_files.f` (the file that declares the module), its port
//! widths evaluated from the packages in the same list.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rtl_filelist::FileList;

const TOP: &str = "pcie_iommu_top";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Source text of every listed file, with `//` comments removed.
fn sources(root: &Path) -> Vec<(PathBuf, String)> {
    let list = FileList::load(root).unwrap();
    list.files
        .iter()
        .map(|f| {
            let text = fs::read_to_string(root.join(f)).unwrap();
            let code = text
                .lines()
                .map(|l| l.find("//").map_or(l, |i| &l[..i]))
                .collect::<Vec<_>>()
                .join("\n");
            (f.clone(), code)
        })
        .collect()
}

/// The text between `<keyword> <name>` and the `end<keyword>` that follows.
fn unit<'a>(sources: &'a [(PathBuf, String)], keyword: &str, name: &str) -> &'a str {
    for (_, code) in sources {
        for (i, _) in code.match_indices(&format!("{keyword} {name}")) {
            let rest = &code[i + keyword.len() + 1 + name.len()..];
            if rest.starts_with([' ', '#', '(', ';', '\n']) {
                let end = rest.find(&format!("end{keyword}")).unwrap();
                return &rest[..end];
            }
        }
    }
    panic!("no {keyword} {name} in {}", rtl_filelist::FILE_LIST);
}

/// Integer expressions of parameters: numbers, names, `pkg::NAME`, + - * / and parentheses.
struct Eval<'a> {
    sources: &'a [(PathBuf, String)],
    /// The module's own parameters and localparams: name -> expression text.
    local: BTreeMap<String, String>,
}

impl Eval<'_> {
    fn value(&self, expr: &str) -> i64 {
        let tokens = tokenize(expr);
        let mut pos = 0;
        let v = self.sum(&tokens, &mut pos);
        assert_eq!(pos, tokens.len(), "cannot evaluate `{expr}`");
        v
    }

    fn sum(&self, t: &[String], pos: &mut usize) -> i64 {
        let mut v = self.product(t, pos);
        while *pos < t.len() && (t[*pos] == "+" || t[*pos] == "-") {
            let op = t[*pos].clone();
            *pos += 1;
            let r = self.product(t, pos);
            v = if op == "+" { v + r } else { v - r };
        }
        v
    }

    fn product(&self, t: &[String], pos: &mut usize) -> i64 {
        let mut v = self.atom(t, pos);
        while *pos < t.len() && (t[*pos] == "*" || t[*pos] == "/") {
            let op = t[*pos].clone();
            *pos += 1;
            let r = self.atom(t, pos);
            v = if op == "*" { v * r } else { v / r };
        }
        v
    }

    fn atom(&self, t: &[String], pos: &mut usize) -> i64 {
        let tok = t[*pos].clone();
        *pos += 1;
        if tok == "(" {
            let v = self.sum(t, pos);
            assert_eq!(t[*pos], ")");
            *pos += 1;
            return v;
        }
        if let Some(n) = number(&tok) {
            return n;
        }
        if let Some((pkg, name)) = tok.split_once("::") {
            return self.value(&package_param(self.sources, pkg, name));
        }
        let expr = self.local.get(&tok).unwrap_or_else(|| panic!("unknown parameter {tok}"));
        self.value(expr)
    }
}

fn tokenize(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in expr.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' || c == '\'' {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `64`, `32'd3_000_000_000`, `1'b1`, `'h10`.
fn number(tok: &str) -> Option<i64> {
    let tok = tok.replace('_', "");
    let (radix, digits) = match tok.split_once('\'') {
        Some((_, rest)) => match rest.chars().next()? {
            'd' => (10, &rest[1..]),
            'h' => (16, &rest[1..]),
            'b' => (2, &rest[1..]),
            _ => return None,
        },
        None => (10, tok.as_str()),
    };
    i64::from_str_radix(digits, radix).ok()
}

/// `localparam|parameter <type...> NAME = <expr>` declarations in `text`: name -> expr.
fn params(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for decl in text.split([';', ',', '\n']) {
        let decl = decl.trim();
        let Some(rest) =
            decl.strip_prefix("localparam ").or_else(|| decl.strip_prefix("parameter "))
        else {
            continue;
        };
        let Some((lhs, rhs)) = rest.split_once('=') else { continue };
        let name = lhs.split_whitespace().last().unwrap().to_string();
        out.insert(name, rhs.trim().trim_end_matches(')').trim().to_string());
    }
    out
}

fn package_param(sources: &[(PathBuf, String)], pkg: &str, name: &str) -> String {
    let body = unit(sources, "package", pkg);
    params(body).remove(name).unwrap_or_else(|| panic!("no {pkg}::{name}"))
}

#[derive(Debug, PartialEq, Eq)]
struct Port {
    dir: &'static str,
    width: i64,
}

/// The ports of the top, in declaration order, with direction and width; and its
/// parameter names.
fn top() -> (Vec<(String, Port)>, Vec<String>) {
    let sources = sources(&root());
    let body = unit(&sources, "module", TOP);
    let (header, rest) = body.split_once(") (").expect("module #(...) (...)");
    let ports_text = &rest[..rest.find(");").unwrap()];
    let local = params(header);
    let parameters =
        params(&header.replace("localparam", "# localparam")).into_keys().collect::<Vec<_>>();
    let eval = Eval { sources: &sources, local };
    let mut ports = Vec::new();
    for line in ports_text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let dir = match words.first() {
            Some(&"input") => "in",
            Some(&"output") => "out",
            _ => continue,
        };
        let name = words.last().unwrap().trim_end_matches(',').to_string();
        let width = match (line.find('['), line.find(']')) {
            (Some(a), Some(b)) => {
                let (msb, lsb) = line[a + 1..b].split_once(':').unwrap();
                eval.value(msb) - eval.value(lsb) + 1
            }
            _ => 1,
        };
        ports.push((name, Port { dir, width }));
    }
    assert!(ports.len() > 60, "{} ports parsed", ports.len());
    (ports, parameters)
}

/// Rows of the first Markdown table after `heading` in `text`: cells of each row.
fn table_after(text: &str, heading: &str) -> Vec<Vec<String>> {
    let at = text.find(heading).unwrap_or_else(|| panic!("no `{heading}`"));
    let rows: Vec<Vec<String>> = text[at..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // header and separator
        .map(|l| l.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect())
        .collect();
    assert!(!rows.is_empty(), "empty table after `{heading}`");
    rows
}

/// The names in backquotes in a cell.
fn quoted(cell: &str) -> Vec<String> {
    cell.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

#[test]
fn the_readme_lists_every_port_with_its_direction_and_width() {
    let (ports, _) = top();
    let readme = fs::read_to_string(root().join("hw/top/README.md")).unwrap();
    let rows = table_after(&readme, "## Ports");
    let listed: Vec<(String, Port)> = rows
        .iter()
        .map(|r| {
            let dir = if r[1] == "in" { "in" } else { "out" };
            assert!(r[1] == "in" || r[1] == "out", "direction `{}`", r[1]);
            (quoted(&r[0]).remove(0), Port { dir, width: r[2].parse().unwrap() })
        })
        .collect();
    for (i, (row, port)) in listed.iter().zip(&ports).enumerate() {
        assert_eq!(row, port, "hw/top/README.md `## Ports` row {} against {TOP}", i + 1);
    }
    assert_eq!(listed.len(), ports.len(), "hw/top/README.md `## Ports`: rows against {TOP} ports");
}

#[test]
fn the_readme_lists_every_parameter() {
    let (_, parameters) = top();
    let readme = fs::read_to_string(root().join("hw/top/README.md")).unwrap();
    let mut listed: Vec<String> =
        table_after(&readme, "## Build parameters").iter().flat_map(|r| quoted(&r[0])).collect();
    let mut parameters = parameters;
    listed.sort();
    parameters.sort();
    assert_eq!(listed, parameters);
}

/// Port names in a Vivado constraints file: `[get_ports NAME]`, `[get_ports {NAME[3]}]`.
fn xdc_ports(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.match_indices("get_ports").map(move |(i, _)| &l[i + 9..]))
        .map(|rest| {
            let name = rest.trim_start().trim_start_matches('{');
            let end = name.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(name.len());
            name[..end].to_string()
        })
        .collect()
}

/// Port names in a Lattice constraints file: `PORT "NAME"`, `COMP "NAME"`.
fn lpf_ports(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| {
            ["PORT \"", "COMP \""]
                .into_iter()
                .flat_map(move |k| l.match_indices(k).map(move |(i, _)| &l[i + k.len()..]))
        })
        .map(|rest| {
            let name = &rest[..rest.find('"').unwrap()];
            name[..name.find('[').unwrap_or(name.len())].to_string()
        })
        .collect()
}

#[test]
fn every_port_a_constraints_file_names_is_a_port_of_the_top() {
    let (ports, _) = top();
    let names: Vec<&str> = ports.iter().map(|(n, _)| n.as_str()).collect();
    let dir = root().join("hw/top");
    let mut checked = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let named = match path.extension().and_then(|e| e.to_str()) {
            Some("xdc") => xdc_ports(&fs::read_to_string(&path).unwrap()),
            Some("lpf") => lpf_ports(&fs::read_to_string(&path).unwrap()),
            _ => continue,
        };
        assert!(named.contains(&"clk_i".to_string()), "{} constrains no clock", path.display());
        for n in &named {
            assert!(
                names.contains(&n.as_str()),
                "{}: `{n}` is not a port of {TOP}",
                path.display()
            );
        }
        checked.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    checked.sort();
    assert_eq!(checked, ["pcie_iommu_top.lpf", "pcie_iommu_top.xdc"]);
}

#[test]
fn the_constraint_readers_find_the_names() {
    assert_eq!(
        xdc_ports("create_clock -period 4 [get_ports clk_i]\n# [get_ports x]\nset_false_path -from [get_ports {rx_tlp_data[3]}]"),
        ["clk_i", "rx_tlp_data"]
    );
    assert_eq!(
        lpf_ports("FREQUENCY PORT \"clk_i\" 20 MHZ;\nLOCATE COMP \"led[0]\" SITE \"A1\";"),
        ["clk_i", "led"]
    );
    assert_eq!(number("32'd3_000_000_000"), Some(3_000_000_000));
    assert_eq!(number("1'b1"), Some(1));
}
