import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, waitFor } from './helpers';

// The second quotation has no cue of its own and opens a paragraph: its speaker is only the speaker
// of the paragraph before, a guess the default setting (`precise`) leaves out and `all` shows.
const ARTICLE = '« Le pont sera prêt en mai », a déclaré Léa Morel.\n\n« Nous avons tout vérifié, chaque chiffre. »\n';
const QUOTATION = '« Nous avons tout vérifié, chaque chiffre. »';

/**
 * The hover of the suggestion at `position` as VS Code shows it (a suggestion's hover is its
 * decoration's hover message, which `vscode.executeHoverProvider` does not return), without the
 * escapes and no-break spaces `appendText` writes.
 */
async function hoverAt(editor: vscode.TextEditor, position: vscode.Position): Promise<string> {
  const api = await marginalia();
  return (api.suggestionHover(editor, position) ?? '').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
}

describe('speaker confidence', () => {
  afterEach(closeAllEditors);

  it('suggests a quotation whose speaker is uncertain without one and says why, and with it when the setting asks for every speaker', async () => {
    const api = await marginalia();
    const editor = await openArticle('suggestions/uncertain-speaker.txt', ARTICLE);
    const drawn = await waitFor('the quotation suggestions', () => (api.suggestions(editor)['quotation']?.length === 2 ? api.suggestions(editor)['quotation'] : undefined), 30_000);
    assert.equal(editor.document.getText(drawn[1]), QUOTATION);
    const inside = editor.document.positionAt(editor.document.getText().indexOf(QUOTATION) + 5);

    const precise = await waitFor('the hover of the quotation', async () => {
      const text = await hoverAt(editor, inside);
      return text.includes('Suggested quotation') ? text : undefined;
    });
    assert.match(precise, /Suggested quotation \(/, 'no "said by": the speaker is left out');
    assert.doesNotMatch(precise, /said by/);
    assert.match(precise, /no speaker suggested: “Léa Morel” is uncertain \(confidence \d\d?%\) \(the speaker of the previous quotation\)/);

    const config = vscode.workspace.getConfiguration('marginalia.suggestions');
    try {
      await config.update('speakers', 'all', vscode.ConfigurationTarget.Workspace);
      const all = await waitFor('the hover with the speaker', async () => {
        const text = await hoverAt(editor, inside);
        return text.includes('said by') ? text : undefined;
      });
      assert.match(all, /Suggested quotation, said by Léa Morel \(quoted sentence; speaker: the speaker of the previous quotation\)/);
    } finally {
      await config.update('speakers', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the speaker left out again', async () => !(await hoverAt(editor, inside)).includes('said by'));
  });
  it('names who a pronoun stands for in the hover of its quotation', async () => {
    const api = await marginalia();
    const text = 'Le maire Paul Martin est arrivé tôt au conseil municipal.\n\n« Tout est prêt pour le vote », a-t-il assuré devant les élus.\n';
    const editor = await openArticle('suggestions/pronoun-speaker.txt', text);
    await waitFor('the quotation suggestion', () => api.suggestions(editor)['quotation']?.length, 30_000);
    const inside = editor.document.positionAt(text.indexOf('Tout est prêt'));
    const hover = await waitFor('the hover of the quotation', async () => {
      const shown = await hoverAt(editor, inside);
      return shown.includes('Suggested quotation') ? shown : undefined;
    });
    assert.match(hover, /Suggested quotation, said by il, that is Paul Martin \(/);
  });
});
