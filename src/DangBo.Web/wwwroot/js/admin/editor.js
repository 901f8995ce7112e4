// Turns each <textarea data-rich-editor> into a Quill editor. The textarea stays the form field: it is
// hidden, filled from Quill on submit, and without JavaScript it is simply edited as HTML.
(function () {
  'use strict';
  if (typeof window.Quill === 'undefined') {
    return;
  }
  var Quill = window.Quill;
  var Delta = Quill.import('delta');

  // Only what the server's sanitizer keeps; anything else pasted (Word's fonts, colours, sizes) is dropped here.
  var FORMATS = ['header', 'bold', 'italic', 'underline', 'strike', 'link', 'blockquote', 'list', 'indent', 'image'];
  var TOOLBAR = [
    [{ header: [2, 3, 4, false] }],
    ['bold', 'italic', 'underline', 'strike'],
    [{ list: 'ordered' }, { list: 'bullet' }, 'blockquote'],
    ['link', 'image'],
    ['clean']
  ];
  var LABELS = {
    'ql-bold': 'In đậm', 'ql-italic': 'In nghiêng', 'ql-underline': 'Gạch chân', 'ql-strike': 'Gạch ngang',
    'ql-list[value=ordered]': 'Danh sách đánh số', 'ql-list[value=bullet]': 'Danh sách dấu chấm',
    'ql-blockquote': 'Trích dẫn', 'ql-link': 'Chèn liên kết', 'ql-image': 'Chèn ảnh (tải lên máy chủ)',
    'ql-clean': 'Xóa định dạng', 'ql-header': 'Kiểu đoạn văn'
  };
  var IMAGE_TYPES = 'image/jpeg,image/png,image/gif,image/webp';

  function antiforgeryToken(form) {
    var field = form && form.querySelector('input[name="__RequestVerificationToken"]');
    return field ? field.value : '';
  }

  function upload(url, token, file) {
    var data = new FormData();
    data.append('file', file);
    data.append('__RequestVerificationToken', token);
    return fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok || !body.url) {
            throw new Error(body.error || 'Không tải được ảnh lên (mã lỗi ' + response.status + ').');
          }
          return body.url;
        });
      });
  }

  function labelToolbar(toolbar) {
    Object.keys(LABELS).forEach(function (key) {
      var selector = '.' + key.replace(/\[value=(\w+)\]/, '[value="$1"]');
      toolbar.querySelectorAll(selector).forEach(function (el) {
        el.setAttribute('aria-label', LABELS[key]);
        el.setAttribute('title', LABELS[key]);
      });
    });
  }

  // Quill marks every space as &nbsp; in its semantic HTML; stored text must wrap normally.
  function semanticHtml(quill) {
    if (quill.getLength() <= 1 && !quill.root.querySelector('img')) {
      return '';
    }
    return quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  }

  function enhance(textarea) {
    var form = textarea.form;
    var field = textarea.closest('.field') || textarea.parentNode;
    var status = field.querySelector('.editor-status');
    var label = form ? form.querySelector('label[for="' + textarea.id + '"]') : null;
    var uploadUrl = textarea.getAttribute('data-upload-url');

    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }

    var container = document.createElement('div');
    container.className = 'rich-editor';
    var host = document.createElement('div');
    container.appendChild(host);
    textarea.parentNode.insertBefore(container, textarea.nextSibling);
    textarea.hidden = true;

    var quill;
    function insertUploaded(files, index) {
      Array.prototype.forEach.call(files, function (file) {
        say('Đang tải ảnh “' + file.name + '” lên…');
        upload(uploadUrl, antiforgeryToken(form), file).then(function (url) {
          var at = typeof index === 'number' ? index : (quill.getSelection(true) || { index: quill.getLength() }).index;
          quill.insertEmbed(at, 'image', url, 'user');
          quill.setSelection(at + 1, 0, 'silent');
          say('Đã chèn ảnh “' + file.name + '”.');
        }).catch(function (error) {
          say(error.message);
        });
      });
    }

    quill = new Quill(host, {
      theme: 'snow',
      formats: FORMATS,
      placeholder: 'Nhập nội dung…',
      modules: {
        toolbar: {
          container: TOOLBAR,
          handlers: {
            image: function () {
              var input = document.createElement('input');
              input.type = 'file';
              input.accept = IMAGE_TYPES;
              input.addEventListener('change', function () {
                if (input.files && input.files.length) {
                  insertUploaded(input.files);
                }
              });
              input.click();
            }
          }
        },
        // Images dropped or pasted as files go to the server too, never into the text as base64.
        uploader: {
          mimetypes: IMAGE_TYPES.split(','),
          handler: function (range, files) {
            insertUploaded(files, range.index);
          }
        }
      }
    });

    // Images pasted inside HTML (Word, other sites' data: and file: addresses) cannot be kept as they are.
    quill.clipboard.addMatcher('IMG', function (node, delta) {
      var src = node.getAttribute('src') || '';
      if (!/^(https?:\/\/|\/(?!\/))/i.test(src)) {
        say('Ảnh dán kèm văn bản không được giữ lại; hãy chèn ảnh bằng nút “Chèn ảnh”.');
        return new Delta();
      }
      return delta;
    });
    // Word marks empty spacing paragraphs with a lone &nbsp;; they become ordinary line breaks.
    quill.clipboard.addMatcher(Node.TEXT_NODE, function (node, delta) {
      return delta.map(function (op) {
        if (typeof op.insert === 'string') {
          op.insert = op.insert.replace(/\u00a0/g, ' ');
        }
        return op;
      }).reduce(function (d, op) { return d.push(op); }, new Delta());
    });

    if (textarea.value.trim()) {
      quill.setContents(quill.clipboard.convert({ html: textarea.value }), 'silent');
      quill.history.clear();
    }

    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    if (label) {
      if (!label.id) {
        label.id = textarea.id + '-label';
      }
      quill.root.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { quill.focus(); });
    }
    if (textarea.getAttribute('aria-describedby')) {
      quill.root.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    if (textarea.getAttribute('aria-invalid') === 'true' || field.querySelector('.field-validation-error')) {
      container.classList.add('rich-editor-invalid');
    }
    labelToolbar(container.querySelector('.ql-toolbar'));

    if (form) {
      form.addEventListener('submit', function () {
        textarea.value = semanticHtml(quill);
      });
    }
  }

  document.querySelectorAll('textarea[data-rich-editor]').forEach(enhance);
})();
